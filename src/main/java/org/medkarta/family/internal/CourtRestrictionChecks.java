package org.medkarta.family.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.medkarta.family.ChildId;
import org.medkarta.family.CourtRestrictions;
import org.medkarta.identity.AccountId;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the modules that decide access: is a court restriction in force for this
 * guardian and child on a day, and on which decision.
 */
@Service
class CourtRestrictionChecks implements CourtRestrictions {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	/**
	 * In force on {@code :on}: from its first day to its last, until the day it is
	 * lifted.
	 */
	static final String IN_FORCE = "valid_from <= :on AND (valid_until IS NULL OR valid_until >= :on) "
			+ "AND (lifted_on IS NULL OR lifted_on > :on)";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	CourtRestrictionChecks(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean isRestricted(AccountId guardian, ChildId child, LocalDate on) {
		return this.jdbc
			.sql("SELECT count(*) > 0 FROM court_restrictions WHERE account_id = :account AND child_id = :child AND "
					+ IN_FORCE)
			.param("account", guardian.value())
			.param("child", child.value())
			.param("on", Date.valueOf(on))
			.query(Boolean.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Restricted> inForce(LocalDate on) {
		return this.jdbc.sql("SELECT DISTINCT account_id, child_id FROM court_restrictions WHERE " + IN_FORCE)
			.param("on", Date.valueOf(on))
			.query((rs, row) -> new Restricted(new AccountId(rs.getObject("account_id", java.util.UUID.class)),
					new ChildId(rs.getObject("child_id", java.util.UUID.class))))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> activeReason(AccountId guardian, ChildId child, LocalDate on) {
		return this.jdbc
			.sql("SELECT court, decision_number, decision_date FROM court_restrictions WHERE account_id = :account "
					+ "AND child_id = :child AND " + IN_FORCE + " ORDER BY decision_date DESC, created_at DESC LIMIT 1")
			.param("account", guardian.value())
			.param("child", child.value())
			.param("on", Date.valueOf(on))
			.query((rs, row) -> this.messages.getMessage("family.restriction.decision-line",
					new Object[] { rs.getString("court"), rs.getString("decision_number"),
							DATE.format(rs.getDate("decision_date").toLocalDate()) },
					RUSSIAN))
			.optional();
	}

}
