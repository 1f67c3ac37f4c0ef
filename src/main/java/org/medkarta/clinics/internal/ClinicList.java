package org.medkarta.clinics.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinics as the administrator's list shows them, with the size of their staff.
 */
@Component
class ClinicList {

	private final JdbcClient jdbc;

	ClinicList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every clinic, by short name. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	List<Row> all() {
		return this.jdbc
			.sql("SELECT c.id, c.short_name, c.ogrn, c.address, count(m.account_id) AS staff FROM clinics c "
					+ "LEFT JOIN clinic_members m ON m.clinic_id = c.id " + "GROUP BY c.id ORDER BY c.short_name, c.id")
			.query((rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getString("short_name"),
					rs.getString("ogrn"), rs.getString("address"), rs.getLong("staff")))
			.list();
	}

	/**
	 * One clinic in the list.
	 *
	 * @param id the clinic
	 * @param shortName its short name
	 * @param ogrn its OGRN
	 * @param address its address
	 * @param staff how many members its staff has
	 */
	record Row(UUID id, String shortName, String ogrn, String address, long staff) {
	}

}
