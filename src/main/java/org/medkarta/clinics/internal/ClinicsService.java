package org.medkarta.clinics.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.medkarta.clinics.Clinic;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.clinics.StaffRole;
import org.medkarta.core.Snils;
import org.medkarta.identity.AccountId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clinics as other modules and the administrator's pages see them. Reads need no role, as
 * other modules ask from listeners that run without a user; registering a clinic and
 * attaching a child are for administrators; staff changes go through {@link ClinicStaff}.
 */
@Service
class ClinicsService implements Clinics {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static final String SELECT = "SELECT c.id, c.full_name, c.short_name, c.ogrn, c.address, c.phone, "
			+ "c.working_hours FROM clinics c ";

	private final JdbcClient jdbc;

	private final ClinicStaff staff;

	private final Clock clock;

	ClinicsService(JdbcClient jdbc, ClinicStaff staff, Clock clock) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Clinic> find(ClinicId id) {
		return this.jdbc.sql(SELECT + "WHERE c.id = :id")
			.param("id", id.value())
			.query((rs, row) -> clinic(rs))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Clinic> clinicOf(Snils child) {
		return this.jdbc
			.sql(SELECT + "JOIN clinic_attachments a ON a.clinic_id = c.id "
					+ "WHERE a.child_snils = :snils AND a.since <= :today")
			.param("snils", child.value())
			.param("today", Date.valueOf(LocalDate.now(this.clock.withZone(MOSCOW))))
			.query((rs, row) -> clinic(rs))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Map<Snils, Clinic> clinicsOfChildren(java.util.Collection<Snils> children) {
		java.util.Map<Snils, Clinic> found = new java.util.HashMap<>();
		List<String> all = children.stream().map(Snils::value).toList();
		for (int from = 0; from < all.size(); from += 10_000) {
			this.jdbc
				.sql(SELECT.replace("SELECT ", "SELECT a.child_snils, ")
						+ "JOIN clinic_attachments a ON a.clinic_id = c.id "
						+ "WHERE a.child_snils IN (:children) AND a.since <= :today")
				.param("children", all.subList(from, Math.min(all.size(), from + 10_000)))
				.param("today", Date.valueOf(LocalDate.now(this.clock.withZone(MOSCOW))))
				.query((rs) -> {
					found.put(new Snils(rs.getString("child_snils")), clinic(rs));
				});
		}
		return found;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<ClinicId> clinicsOf(AccountId member) {
		return new LinkedHashSet<>(
				this.jdbc.sql("SELECT clinic_id FROM clinic_members WHERE account_id = :account ORDER BY added_at")
					.param("account", member.value())
					.query((rs, row) -> new ClinicId(rs.getObject("clinic_id", UUID.class)))
					.list());
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountId> administratorsOf(ClinicId clinic) {
		return this.jdbc
			.sql("SELECT account_id FROM clinic_members WHERE clinic_id = :clinic AND role = 'ADMIN' "
					+ "ORDER BY added_at")
			.param("clinic", clinic.value())
			.query((rs, row) -> new AccountId(rs.getObject("account_id", UUID.class)))
			.list();
	}

	@Override
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public ClinicId register(NewClinic clinic) {
		UUID id = UUID.randomUUID();
		int inserted = this.jdbc
			.sql("INSERT INTO clinics (id, full_name, short_name, ogrn, address, phone, working_hours, created_at, "
					+ "created_by) VALUES (:id, :fullName, :shortName, :ogrn, :address, :phone, :hours, :now, :by) "
					+ "ON CONFLICT (ogrn) DO NOTHING")
			.param("id", id)
			.param("fullName", clinic.fullName())
			.param("shortName", clinic.shortName())
			.param("ogrn", clinic.ogrn().value())
			.param("address", clinic.address())
			.param("phone", clinic.phone())
			.param("hours", clinic.workingHours())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", Callers.current().id().value())
			.update();
		if (inserted == 0) {
			throw new ClinicExistsException();
		}
		return new ClinicId(id);
	}

	@Override
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'CLINIC_ADMIN')")
	public void addMember(ClinicId clinic, AccountId account, StaffRole role) {
		this.staff.add(clinic, account, role);
	}

	@Override
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'CLINIC_ADMIN')")
	public void removeMember(ClinicId clinic, AccountId account) {
		this.staff.remove(clinic, account);
	}

	@Override
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void attach(Snils child, ClinicId clinic, LocalDate since) {
		this.jdbc
			.sql("INSERT INTO clinic_attachments (child_snils, clinic_id, since, changed_at) "
					+ "VALUES (:snils, :clinic, :since, :now) ON CONFLICT (child_snils) DO UPDATE "
					+ "SET clinic_id = EXCLUDED.clinic_id, since = EXCLUDED.since, changed_at = EXCLUDED.changed_at")
			.param("snils", child.value())
			.param("clinic", clinic.value())
			.param("since", Date.valueOf(since))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	private static Clinic clinic(ResultSet rs) throws SQLException {
		return new Clinic(new ClinicId(rs.getObject("id", UUID.class)), rs.getString("full_name"),
				rs.getString("short_name"), rs.getString("ogrn"), rs.getString("address"), rs.getString("phone"),
				rs.getString("working_hours"));
	}

}
