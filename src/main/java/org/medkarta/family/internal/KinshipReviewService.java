package org.medkarta.family.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.medkarta.family.BirthRecord;
import org.medkarta.family.ChildId;
import org.medkarta.family.CivilRegistry;
import org.medkarta.family.GuardianshipRejected;
import org.medkarta.family.GuardianshipVerified;
import org.medkarta.family.KinshipCases;
import org.medkarta.core.Snils;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.PersonalData;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's review of a kinship the civil registry could not confirm: the data, the
 * registry's answer and the uploaded documents, then verify or reject with a reason.
 */
@Service
class KinshipReviewService implements KinshipCases {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final CivilRegistry registry;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	KinshipReviewService(JdbcClient jdbc, Accounts accounts, CivilRegistry registry, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.registry = registry;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('OPERATOR')")
	public List<Case> cases(String status) {
		return this.jdbc
			.sql("SELECT g.id, g.account_id, g.submitted_at, c.surname, c.name, c.patronymic FROM guardianships g "
					+ "JOIN children c ON c.id = g.child_id WHERE g.status = :status "
					+ "AND g.verified_by_registry = FALSE ORDER BY g.submitted_at LIMIT 200")
			.param("status", status)
			.query((rs, row) -> new Case(rs.getObject("id", UUID.class),
					applicant(new AccountId(rs.getObject("account_id", UUID.class))),
					full(rs.getString("surname"), rs.getString("name"), rs.getString("patronymic")),
					rs.getTimestamp("submitted_at").toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('OPERATOR')")
	Optional<CaseView> find(UUID id) {
		return this.jdbc
			.sql("SELECT g.*, c.snils, c.surname, c.name, c.patronymic, c.birth_date, c.certificate_series, "
					+ "c.certificate_number, c.certificate_issued_on FROM guardianships g "
					+ "JOIN children c ON c.id = g.child_id WHERE g.id = :id")
			.param("id", id)
			.query((rs, row) -> {
				AccountId guardian = new AccountId(rs.getObject("account_id", UUID.class));
				Snils snils = new Snils(rs.getString("snils"));
				Optional<PersonalData> parent = this.accounts.personalDataOf(guardian);
				Optional<BirthRecord> record = this.registry.birthRecordOf(snils);
				return new CaseView(id, rs.getString("status"), rs.getLong("version"),
						rs.getTimestamp("submitted_at").toInstant(), rs.getString("reason"), applicant(guardian),
						parent.map((data) -> data.snils().display()).orElse("—"),
						full(rs.getString("surname"), rs.getString("name"), rs.getString("patronymic")),
						rs.getDate("birth_date").toLocalDate(), snils.display(),
						rs.getString("certificate_series") + " № " + rs.getString("certificate_number"),
						record.isPresent(),
						record.isPresent() && parent.isPresent() && record.get().namesParent(parent.get().snils()),
						documents(id),
						(rs.getTimestamp("decided_at") != null) ? rs.getTimestamp("decided_at").toInstant() : null,
						decider(rs.getObject("decided_by", UUID.class)));
			})
			.optional();
	}

	private List<CaseDocument> documents(UUID guardianship) {
		return this.jdbc
			.sql("SELECT document_id, kind FROM guardianship_documents WHERE guardianship_id = :id ORDER BY kind")
			.param("id", guardianship)
			.query((rs, row) -> new CaseDocument(rs.getObject("document_id", UUID.class), rs.getString("kind")))
			.list();
	}

	/**
	 * Decides a case as the operator saw it ({@code version}).
	 * @return whether the decision was taken; false when the case changed meanwhile
	 */
	@Transactional
	@PreAuthorize("hasRole('OPERATOR')")
	boolean decide(UUID id, long version, AccountId operator, boolean verify, String reason) {
		Instant now = this.clock.instant();
		Optional<Decided> decided = this.jdbc
			.sql("UPDATE guardianships SET status = :status, reason = :reason, decided_at = :now, decided_by = :by, "
					+ "version = version + 1 WHERE id = :id AND version = :version AND status = 'PENDING' "
					+ "RETURNING account_id, child_id")
			.param("status", verify ? "VERIFIED" : "REJECTED")
			.param("reason", verify ? null : reason.strip())
			.param("now", Timestamp.from(now))
			.param("by", operator.value())
			.param("id", id)
			.param("version", version)
			.query((rs, row) -> new Decided(new AccountId(rs.getObject("account_id", UUID.class)),
					new ChildId(rs.getObject("child_id", UUID.class))))
			.optional();
		if (decided.isEmpty()) {
			return false;
		}
		if (verify) {
			this.events.publishEvent(new GuardianshipVerified(decided.get().guardian(), decided.get().child(), false));
		}
		else {
			this.events.publishEvent(
					new GuardianshipRejected(decided.get().guardian(), decided.get().child(), reason.strip()));
		}
		return true;
	}

	/** Who decided, as the back office shows it: the operator's phone, masked. */
	private String decider(UUID operator) {
		return (operator == null) ? null
				: this.accounts.contactOf(new AccountId(operator))
					.map((contact) -> contact.phone().masked())
					.orElse("—");
	}

	private String applicant(AccountId guardian) {
		return this.accounts.personalDataOf(guardian).map((data) -> data.name().full()).orElse("—");
	}

	private static String full(String surname, String name, String patronymic) {
		return surname + " " + name + ((patronymic != null) ? " " + patronymic : "");
	}

	private record Decided(AccountId guardian, ChildId child) {
	}

	record CaseDocument(UUID id, String kind) {
	}

	record CaseView(UUID id, String status, long version, Instant submittedAt, String reason, String applicant,
			String applicantSnils, String child, LocalDate birthDate, String childSnils, String certificate,
			boolean birthRecordFound, boolean birthRecordNamesApplicant, List<CaseDocument> documents,
			Instant decidedAt, String decidedBy) {
	}

}
