package org.medkarta.family.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.medkarta.documents.Audience;
import org.medkarta.documents.DocumentId;
import org.medkarta.documents.DocumentKind;
import org.medkarta.documents.Documents;
import org.medkarta.family.ChildId;
import org.medkarta.family.CourtRestrictionLifted;
import org.medkarta.family.CourtRestrictionRecorded;
import org.medkarta.family.GuardianshipRejected;
import org.medkarta.identity.AccountId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Court restrictions of a guardian's rights over a child (DOMAIN.md §3), recorded and
 * lifted by an operator with the court's decision. {@link CourtRestrictionChecks} answers
 * the modules that decide access.
 */
@Service
class CourtRestrictionService {

	/** Reasons the guardian reads are stored in the portal's language. */
	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private final JdbcClient jdbc;

	private final GuardianLookup lookup;

	private final Documents documents;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	CourtRestrictionService(JdbcClient jdbc, GuardianLookup lookup, Documents documents,
			ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.lookup = lookup;
		this.documents = documents;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Records a restriction with its court decision. Unless it has already ended, the
	 * guardian's pending kinship claim for the child is rejected at once. Nothing is kept
	 * when the pair is unknown, the decision is already recorded, or the document is
	 * refused.
	 * @throws org.medkarta.documents.DocumentRefusedException when the document is
	 * refused
	 */
	@Transactional
	@PreAuthorize("hasRole('OPERATOR')")
	Recording record(AccountId operator, NewRestriction restriction, UploadedFile decision) {
		Optional<UUID> child = this.lookup.childBySnils(restriction.child());
		if (child.isEmpty()) {
			return Recording.UNKNOWN_CHILD;
		}
		Optional<AccountId> guardian = this.lookup.guardianOf(child.get(), restriction.guardian());
		if (guardian.isEmpty()) {
			return Recording.UNKNOWN_GUARDIAN;
		}
		if (alreadyRecorded(guardian.get(), child.get(), restriction.decisionNumber())) {
			return Recording.DUPLICATE;
		}
		DocumentId document = storeShared(operator, decision);
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc
			.sql("INSERT INTO court_restrictions (id, account_id, child_id, kind, court, decision_number, "
					+ "decision_date, valid_from, valid_until, document_id, created_at, created_by, changed_at, "
					+ "changed_by, version) VALUES (:id, :account, :child, :kind, :court, :number, :decided, :from, "
					+ ":until, :document, :now, :by, :now, :by, 0)")
			.param("id", id)
			.param("account", guardian.get().value())
			.param("child", child.get())
			.param("kind", restriction.kind().name())
			.param("court", restriction.court())
			.param("number", restriction.decisionNumber())
			.param("decided", Date.valueOf(restriction.decisionDate()))
			.param("from", Date.valueOf(restriction.validFrom()))
			.param("until", (restriction.validUntil() != null) ? Date.valueOf(restriction.validUntil()) : null)
			.param("document", document.value())
			.param("now", Timestamp.from(now))
			.param("by", operator.value())
			.update();
		ChildId childId = new ChildId(child.get());
		if (restriction.validUntil() == null || !restriction.validUntil().isBefore(today())) {
			rejectPendingClaim(operator, guardian.get(), childId, now);
		}
		this.events.publishEvent(new CourtRestrictionRecorded(id, guardian.get(), childId, restriction.kind(),
				restriction.validFrom(), restriction.validUntil()));
		return Recording.RECORDED;
	}

	private boolean alreadyRecorded(AccountId guardian, UUID child, String decisionNumber) {
		return this.jdbc
			.sql("SELECT count(*) > 0 FROM court_restrictions WHERE account_id = :account AND child_id = :child "
					+ "AND decision_number = :number")
			.param("account", guardian.value())
			.param("child", child)
			.param("number", decisionNumber)
			.query(Boolean.class)
			.single();
	}

	private void rejectPendingClaim(AccountId operator, AccountId guardian, ChildId child, Instant now) {
		String reason = this.messages.getMessage("family.restriction.guardianship-reason", null, RUSSIAN);
		boolean rejected = this.jdbc
			.sql("UPDATE guardianships SET status = 'REJECTED', reason = :reason, decided_at = :now, decided_by = :by, "
					+ "version = version + 1 WHERE account_id = :account AND child_id = :child AND status = 'PENDING'")
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.param("by", operator.value())
			.param("account", guardian.value())
			.param("child", child.value())
			.update() > 0;
		if (rejected) {
			this.events.publishEvent(new GuardianshipRejected(guardian, child, reason));
		}
	}

	/**
	 * Records that a restriction was lifted, from {@code liftedOn}, with the decision
	 * that lifted it. The restriction is kept.
	 * @throws org.medkarta.documents.DocumentRefusedException when the document is
	 * refused
	 */
	@Transactional
	@PreAuthorize("hasRole('OPERATOR')")
	Lifting lift(AccountId operator, UUID id, LocalDate liftedOn, UploadedFile decision) {
		Optional<Lockable> restriction = this.jdbc
			.sql("SELECT account_id, child_id, decision_date, lifted_on FROM court_restrictions WHERE id = :id "
					+ "FOR UPDATE")
			.param("id", id)
			.query((rs, row) -> new Lockable(new AccountId(rs.getObject("account_id", UUID.class)),
					new ChildId(rs.getObject("child_id", UUID.class)), rs.getDate("decision_date").toLocalDate(),
					rs.getDate("lifted_on") != null))
			.optional();
		if (restriction.isEmpty()) {
			return Lifting.NOT_FOUND;
		}
		if (restriction.get().lifted()) {
			return Lifting.ALREADY_LIFTED;
		}
		if (liftedOn.isBefore(restriction.get().decisionDate())) {
			return Lifting.BEFORE_DECISION;
		}
		DocumentId document = storeShared(operator, decision);
		this.jdbc
			.sql("UPDATE court_restrictions SET lifted_on = :on, lift_document_id = :document, changed_at = :now, "
					+ "changed_by = :by, version = version + 1 WHERE id = :id")
			.param("on", Date.valueOf(liftedOn))
			.param("document", document.value())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", operator.value())
			.param("id", id)
			.update();
		this.events.publishEvent(
				new CourtRestrictionLifted(id, restriction.get().guardian(), restriction.get().child(), liftedOn));
		return Lifting.LIFTED;
	}

	private DocumentId storeShared(AccountId operator, UploadedFile decision) {
		DocumentId document = this.documents.store(operator.value(), DocumentKind.COURT_DECISION, decision.name(),
				decision.content());
		this.documents.share(document, Audience.operators());
		return document;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Moscow")));
	}

	private record Lockable(AccountId guardian, ChildId child, LocalDate decisionDate, boolean lifted) {
	}

	enum Recording {

		RECORDED, UNKNOWN_CHILD, UNKNOWN_GUARDIAN, DUPLICATE

	}

	enum Lifting {

		LIFTED, NOT_FOUND, ALREADY_LIFTED, BEFORE_DECISION

	}

}
