package org.medkarta.family.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.medkarta.core.Snils;
import org.medkarta.identity.AccountId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Court restrictions as the operator's pages show them, active and lifted.
 */
@Component
class CourtRestrictionList {

	private static final String SELECT = "SELECT r.*, c.surname, c.name, c.patronymic, c.snils "
			+ "FROM court_restrictions r JOIN children c ON c.id = r.child_id ";

	private final JdbcClient jdbc;

	private final GuardianLookup lookup;

	private final Clock clock;

	CourtRestrictionList(JdbcClient jdbc, GuardianLookup lookup, Clock clock) {
		this.jdbc = jdbc;
		this.lookup = lookup;
		this.clock = clock;
	}

	/** All restrictions, latest recorded first. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('OPERATOR')")
	List<Row> all() {
		LocalDate today = today();
		return this.jdbc.sql(SELECT + "ORDER BY r.created_at DESC LIMIT 500").query((rs, row) -> row(rs, today)).list();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('OPERATOR')")
	Optional<Row> find(UUID id) {
		LocalDate today = today();
		return this.jdbc.sql(SELECT + "WHERE r.id = :id").param("id", id).query((rs, row) -> row(rs, today)).optional();
	}

	private Row row(ResultSet rs, LocalDate today) throws SQLException {
		AccountId guardian = new AccountId(rs.getObject("account_id", UUID.class));
		LocalDate from = rs.getDate("valid_from").toLocalDate();
		LocalDate until = (rs.getDate("valid_until") != null) ? rs.getDate("valid_until").toLocalDate() : null;
		LocalDate liftedOn = (rs.getDate("lifted_on") != null) ? rs.getDate("lifted_on").toLocalDate() : null;
		String patronymic = rs.getString("patronymic");
		return new Row(rs.getObject("id", UUID.class),
				rs.getString("surname") + " " + rs.getString("name") + ((patronymic != null) ? " " + patronymic : ""),
				new Snils(rs.getString("snils")).display(), this.lookup.nameOf(guardian), this.lookup.snilsOf(guardian),
				rs.getString("kind"), rs.getString("court"), rs.getString("decision_number"),
				rs.getDate("decision_date").toLocalDate(), from, until, liftedOn,
				rs.getObject("document_id", UUID.class), rs.getObject("lift_document_id", UUID.class),
				state(today, from, until, liftedOn));
	}

	private static State state(LocalDate today, LocalDate from, LocalDate until, LocalDate liftedOn) {
		if (liftedOn != null) {
			return State.LIFTED;
		}
		if (from.isAfter(today)) {
			return State.UPCOMING;
		}
		return (until != null && until.isBefore(today)) ? State.ENDED : State.ACTIVE;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Moscow")));
	}

	/** Where a restriction stands today. */
	enum State {

		ACTIVE, UPCOMING, ENDED, LIFTED

	}

	record Row(UUID id, String child, String childSnils, String guardian, String guardianSnils, String kind,
			String court, String decisionNumber, LocalDate decisionDate, LocalDate validFrom, LocalDate validUntil,
			LocalDate liftedOn, UUID documentId, UUID liftDocumentId, State state) {

		public boolean mayLift() {
			return this.liftedOn == null;
		}

	}

}
