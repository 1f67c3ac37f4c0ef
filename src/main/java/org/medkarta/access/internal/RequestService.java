package org.medkarta.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.medkarta.access.AccessNotice;
import org.medkarta.access.Denial;
import org.medkarta.access.NoticeKind;
import org.medkarta.clinics.Clinic;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.core.WorkingDayCalendar;
import org.medkarta.documents.Audience;
import org.medkarta.documents.DocumentId;
import org.medkarta.documents.DocumentKind;
import org.medkarta.documents.Documents;
import org.medkarta.family.ChildFacts;
import org.medkarta.family.ChildId;
import org.medkarta.family.CourtRestrictions;
import org.medkarta.family.Guardianships;
import org.medkarta.identity.AccountId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access requests through their states (DOMAIN.md §4). Every change checks the state
 * machine of {@link Action} and the version the actor saw, writes one history row and
 * publishes the notices in the same transaction.
 */
@Service
class RequestService {

	private static final String COLUMNS = "id, account_id, child_id, clinic_id, status, submitted_at, due_on, "
			+ "info_request, consent_asked, consent_status, decided_at, reason, ends_on, ended_at, end_reason, version";

	private final JdbcClient jdbc;

	private final PolicyService policy;

	private final Guardianships guardianships;

	private final Clinics clinics;

	private final Documents documents;

	private final CourtRestrictions restrictions;

	private final ApplicationEventPublisher events;

	private final AccessSettings settings;

	private final WorkingDayCalendar calendar = WorkingDayCalendar.russian();

	private final Clock clock;

	RequestService(JdbcClient jdbc, PolicyService policy, Guardianships guardianships, Clinics clinics,
			Documents documents, CourtRestrictions restrictions, ApplicationEventPublisher events,
			AccessSettings settings, Clock clock) {
		this.restrictions = restrictions;
		this.jdbc = jdbc;
		this.policy = policy;
		this.guardianships = guardianships;
		this.clinics = clinics;
		this.documents = documents;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	// The parent's side

	/**
	 * What keeps the parent from asking for access to this child now; empty when they may
	 * ask.
	 */
	@Transactional(readOnly = true)
	Optional<Refusal> whyNot(AccountId parent, ChildId child) {
		Optional<Denial> denial = this.policy.beforeGrant(parent, child);
		if (denial.isPresent()) {
			return Optional.of(Refusal.valueOf(denial.get().name()));
		}
		ChildFacts facts = this.guardianships.child(child).orElseThrow();
		if (this.clinics.clinicOf(facts.snils()).isEmpty()) {
			return Optional.of(Refusal.NO_CLINIC);
		}
		if (open(parent, child).isPresent()) {
			return Optional.of(Refusal.ALREADY_OPEN);
		}
		return Optional.empty();
	}

	/**
	 * «Запросить доступ»: the request goes to the clinic the child is attached to, due in
	 * the configured number of working days.
	 */
	@Transactional
	Submitted submit(AccountId parent, ChildId child) {
		Optional<Refusal> refusal = whyNot(parent, child);
		if (refusal.isPresent()) {
			return new Submitted(open(parent, child).map(AccessRequest::id).orElse(null), refusal.get());
		}
		Clinic clinic = this.clinics.clinicOf(this.guardianships.child(child).orElseThrow().snils()).orElseThrow();
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		int inserted = this.jdbc
			.sql("INSERT INTO access_requests (id, account_id, child_id, clinic_id, status, submitted_at, due_on, "
					+ "ends_on, version) VALUES (:id, :account, :child, :clinic, 'SUBMITTED', :now, :due, :ends, 0) "
					+ "ON CONFLICT (account_id, child_id) WHERE status IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', "
					+ "'APPROVED') DO NOTHING")
			.param("id", id)
			.param("account", parent.value())
			.param("child", child.value())
			.param("clinic", clinic.id().value())
			.param("now", Timestamp.from(now))
			.param("due", dueFrom(today()))
			.param("ends", this.policy.accessEndsOn(this.guardianships.child(child).orElseThrow()))
			.update();
		if (inserted == 0) {
			return new Submitted(open(parent, child).map(AccessRequest::id).orElse(null), Refusal.ALREADY_OPEN);
		}
		AccessRequest request = find(id).orElseThrow();
		history(request, Action.SUBMIT.name(), parent, Actor.PARENT, null, RequestStatus.SUBMITTED);
		notice(request, request.parent(), NoticeKind.SUBMITTED, parentLink(request), format(request.dueOn()));
		return new Submitted(id, null);
	}

	/** The parent's own request; someone else's id is empty. */
	@Transactional(readOnly = true)
	Optional<AccessRequest> ofParent(AccountId parent, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM access_requests WHERE id = :id AND account_id = :account")
			.param("id", id)
			.param("account", parent.value())
			.query((rs, row) -> AccessRequest.of(rs))
			.optional();
	}

	/** The parent's latest request for the child, whatever its state. */
	@Transactional(readOnly = true)
	Optional<AccessRequest> latest(AccountId parent, ChildId child) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM access_requests WHERE account_id = :account AND child_id = :child "
					+ "ORDER BY submitted_at DESC, id LIMIT 1")
			.param("account", parent.value())
			.param("child", child.value())
			.query((rs, row) -> AccessRequest.of(rs))
			.optional();
	}

	@Transactional
	Outcome withdraw(AccountId parent, UUID id, long version) {
		return ofParent(parent, id).map((request) -> move(request, version, Action.WITHDRAW, parent, null))
			.orElse(Outcome.NOT_FOUND);
	}

	@Transactional
	Outcome revokeByParent(AccountId parent, UUID id, long version) {
		return ofParent(parent, id).map((request) -> move(request, version, Action.REVOKE_BY_PARENT, parent, null))
			.orElse(Outcome.NOT_FOUND);
	}

	/**
	 * The parent answers what the clinic asked: a text, and documents stored through the
	 * documents module and shared with the clinic. The request returns to review.
	 * @throws org.medkarta.documents.DocumentRefusedException when a file is refused;
	 * nothing is changed then
	 */
	@Transactional
	Outcome answer(AccountId parent, UUID id, long version, String text, List<Upload> uploads) {
		Optional<AccessRequest> request = ofParent(parent, id);
		if (request.isEmpty()) {
			return Outcome.NOT_FOUND;
		}
		if (request.get().infoRequest() == null) {
			return Outcome.NOT_ALLOWED;
		}
		Outcome outcome = move(request.get(), version, Action.ANSWER, parent, blankToNull(text));
		if (outcome == Outcome.DONE) {
			for (Upload upload : uploads) {
				DocumentId document = this.documents.store(parent.value(), upload.kind(), upload.name(),
						upload.content());
				this.documents.share(document, Audience.clinic(request.get().clinic().value()));
				this.jdbc
					.sql("INSERT INTO access_request_documents (request_id, document_id, kind, uploaded_at) "
							+ "VALUES (:request, :document, :kind, :now)")
					.param("request", id)
					.param("document", document.value())
					.param("kind", upload.kind().name())
					.param("now", Timestamp.from(this.clock.instant()))
					.update();
			}
		}
		return outcome;
	}

	/** Whether a second parent is linked who can consent on the site. */
	@Transactional(readOnly = true)
	boolean secondParentLinked(AccessRequest request) {
		return !consentingGuardians(request).isEmpty();
	}

	/**
	 * The other guardians of the child who may be asked for consent: kinship verified and
	 * no court restriction over the child in force.
	 */
	private List<AccountId> consentingGuardians(AccessRequest request) {
		LocalDate today = today();
		return this.guardianships.otherVerifiedGuardians(request.child(), request.parent())
			.stream()
			.filter((guardian) -> !this.restrictions.isRestricted(guardian, request.child(), today))
			.toList();
	}

	// The second parent's side

	/**
	 * A request on which this account is asked for consent: they are another verified
	 * guardian of the child. Empty otherwise, for any id.
	 */
	@Transactional(readOnly = true)
	Optional<AccessRequest> askingConsentOf(AccountId secondParent, UUID id) {
		return find(id).filter((request) -> request.consentAsked() && !request.parent().equals(secondParent)
				&& consentingGuardians(request).contains(secondParent));
	}

	/** Consent requests waiting for this account. */
	@Transactional(readOnly = true)
	List<AccessRequest> consentsAwaiting(AccountId secondParent) {
		return this.guardianships.childrenOf(secondParent)
			.stream()
			.flatMap((link) -> this.jdbc
				.sql("SELECT " + COLUMNS + " FROM access_requests WHERE child_id = :child AND account_id <> :account "
						+ "AND consent_asked AND consent_status IS NULL AND status IN ('NEEDS_INFO', 'IN_REVIEW')")
				.param("child", link.child().id().value())
				.param("account", secondParent.value())
				.query((rs, row) -> AccessRequest.of(rs))
				.list()
				.stream())
			.filter((request) -> askingConsentOf(secondParent, request.id()).isPresent())
			.toList();
	}

	@Transactional
	Outcome consent(AccountId secondParent, UUID id, long version, boolean agree) {
		Optional<AccessRequest> request = askingConsentOf(secondParent, id);
		if (request.isEmpty()) {
			return Outcome.NOT_FOUND;
		}
		if (request.get().consentStatus() != null) {
			return Outcome.NOT_ALLOWED;
		}
		Map<String, Object> sets = new LinkedHashMap<>();
		sets.put("consent_status", agree ? "AGREED" : "DECLINED");
		sets.put("consent_by", secondParent.value());
		sets.put("consent_at", Timestamp.from(this.clock.instant()));
		return move(request.get(), version, Action.CONSENT, secondParent, null, sets, agree ? "AGREED" : "DECLINED");
	}

	// The clinic's side

	@Transactional(readOnly = true)
	List<AccessRequest> queue(Set<ClinicId> clinics, QueueFilter filter) {
		if (clinics.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM access_requests WHERE clinic_id IN (:clinics) AND " + filter.condition()
					+ " ORDER BY due_on, submitted_at, id LIMIT 500")
			.param("clinics", clinics.stream().map(ClinicId::value).toList())
			.param("today", today())
			.query((rs, row) -> AccessRequest.of(rs))
			.list();
	}

	/** A request of one of these clinics; another clinic's id is empty. */
	@Transactional(readOnly = true)
	Optional<AccessRequest> ofClinics(Set<ClinicId> clinics, UUID id) {
		return find(id).filter((request) -> clinics.contains(request.clinic()));
	}

	/**
	 * A decision of the clinic's staff, on the request as they saw it ({@code version}).
	 */
	@Transactional
	Outcome decide(AccountId staff, Set<ClinicId> clinics, UUID id, long version, Action action, String text,
			boolean askConsent) {
		if (action.actor() != Actor.CLINIC) {
			throw new IllegalArgumentException("Not a clinic action: " + action);
		}
		Optional<AccessRequest> request = ofClinics(clinics, id);
		if (request.isEmpty()) {
			return Outcome.NOT_FOUND;
		}
		if (request.get().parent().equals(staff)) {
			return Outcome.OWN_REQUEST;
		}
		if (action == Action.APPROVE && request.get().version() == version
				&& this.policy.beforeGrant(request.get().parent(), request.get().child()).isPresent()) {
			return Outcome.NOT_GRANTABLE;
		}
		Map<String, Object> sets = new LinkedHashMap<>();
		String stored = blankToNull(text);
		if (action == Action.ASK_INFO) {
			sets.put("info_request", stored);
			sets.put("consent_asked", askConsent);
			sets.put("consent_status", null);
			sets.put("consent_by", null);
			sets.put("consent_at", null);
		}
		return move(request.get(), version, action, staff, stored, sets, askConsent ? "CONSENT" : null);
	}

	// The court and the calendar

	/**
	 * A court restriction in force: the guardian's undecided requests for the child are
	 * rejected and the grant revoked, with the restriction as the reason.
	 */
	@Transactional
	void restrict(AccountId guardian, ChildId child, String reason) {
		for (int attempt = 0; attempt < 5; attempt++) {
			Optional<AccessRequest> open = open(guardian, child);
			if (open.isEmpty()) {
				return;
			}
			AccessRequest request = open.get();
			Action action = request.undecided() ? Action.REJECT_BY_COURT : Action.REVOKE_BY_COURT;
			if (move(request, request.version(), action, null, reason) == Outcome.DONE) {
				return;
			}
		}
		throw new IllegalStateException("The request kept changing; the restriction is applied on the next try");
	}

	/**
	 * Ends a grant whose day has come (age rules), or closes a request the clinic has not
	 * decided by then.
	 */
	@Transactional
	Outcome expire(AccessRequest request) {
		return move(request, request.version(), request.undecided() ? Action.CLOSE_BY_AGE : Action.EXPIRE, null, null);
	}

	/** The child gained full legal capacity: their grants end on that day. */
	@Transactional
	void fullCapacity(ChildId child, LocalDate on) {
		this.jdbc
			.sql("UPDATE access_requests SET ends_on = :on WHERE child_id = :child "
					+ "AND status IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'APPROVED') AND ends_on > :on")
			.param("on", on)
			.param("child", child.value())
			.update();
	}

	// Reading

	@Transactional(readOnly = true)
	Optional<AccessRequest> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM access_requests WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> AccessRequest.of(rs))
			.optional();
	}

	@Transactional(readOnly = true)
	List<HistoryEntry> history(UUID request) {
		return this.jdbc
			.sql("SELECT at, actor_id, actor, action, status, text FROM access_request_history "
					+ "WHERE request_id = :id ORDER BY seq")
			.param("id", request)
			.query((rs, row) -> new HistoryEntry(rs.getTimestamp("at").toInstant(),
					(rs.getObject("actor_id", UUID.class) != null) ? new AccountId(rs.getObject("actor_id", UUID.class))
							: null,
					rs.getString("actor"), rs.getString("action"), rs.getString("status"), rs.getString("text")))
			.list();
	}

	@Transactional(readOnly = true)
	List<RequestDocument> documents(UUID request) {
		return this.jdbc
			.sql("SELECT document_id, kind, uploaded_at FROM access_request_documents WHERE request_id = :id "
					+ "ORDER BY uploaded_at, document_id")
			.param("id", request)
			.query((rs, row) -> new RequestDocument(rs.getObject("document_id", UUID.class),
					DocumentKind.valueOf(rs.getString("kind")), rs.getTimestamp("uploaded_at").toInstant(),
					this.documents.info(new DocumentId(rs.getObject("document_id", UUID.class)))
						.map((info) -> info.isImage())
						.orElse(false)))
			.list();
	}

	/** The guardian's open request or active grant for the child. */
	@Transactional(readOnly = true)
	Optional<AccessRequest> open(AccountId guardian, ChildId child) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM access_requests WHERE account_id = :account AND child_id = :child "
					+ "AND status IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'APPROVED')")
			.param("account", guardian.value())
			.param("child", child.value())
			.query((rs, row) -> AccessRequest.of(rs))
			.optional();
	}

	LocalDate today() {
		return this.policy.today();
	}

	/** The due date for a review that starts on the given day. */
	LocalDate dueFrom(LocalDate day) {
		return this.calendar.addWorkingDays(day, this.settings.reviewWorkingDays());
	}

	// The state machine at work

	private Outcome move(AccessRequest request, long version, Action action, AccountId by, String text) {
		return move(request, version, action, by, text, new LinkedHashMap<>(), null);
	}

	/**
	 * Moves the request on, if the action is allowed from its state and nobody changed it
	 * since the actor saw {@code version}.
	 */
	private Outcome move(AccessRequest request, long version, Action action, AccountId by, String text,
			Map<String, Object> sets, String detail) {
		if (request.version() != version) {
			return Outcome.CHANGED;
		}
		if (!action.allowedFrom(request.status())) {
			return Outcome.NOT_ALLOWED;
		}
		Instant now = this.clock.instant();
		RequestStatus to = action.to();
		switch (action) {
			case APPROVE:
				sets.put("decided_at", Timestamp.from(now));
				sets.put("decided_by", by.value());
				sets.put("reason", text);
				sets.put("ends_on", this.policy.accessEndsOn(this.guardianships.child(request.child()).orElseThrow()));
				break;
			case REJECT:
			case REJECT_BY_COURT:
				sets.put("decided_at", Timestamp.from(now));
				sets.put("decided_by", (by != null) ? by.value() : null);
				sets.put("reason", text);
				break;
			case WITHDRAW:
			case REVOKE_BY_CLINIC:
			case REVOKE_BY_PARENT:
			case REVOKE_BY_COURT:
			case EXPIRE:
			case CLOSE_BY_AGE:
				sets.put("ended_at", Timestamp.from(now));
				sets.put("ended_by", (by != null) ? by.value() : null);
				sets.put("end_reason", text);
				break;
			case ANSWER:
			case CONSENT:
				if (request.status() == RequestStatus.NEEDS_INFO) {
					sets.put("due_on", dueFrom(today()));
					sets.put("overdue_reported_at", null);
				}
				break;
			default:
				break;
		}
		StringBuilder sql = new StringBuilder("UPDATE access_requests SET status = :to, version = version + 1");
		sets.keySet().forEach((column) -> sql.append(", ").append(column).append(" = :").append(column));
		sql.append(" WHERE id = :id AND version = :version AND status IN (:from)");
		JdbcClient.StatementSpec update = this.jdbc.sql(sql.toString())
			.param("to", to.name())
			.param("id", request.id())
			.param("version", version)
			.param("from", action.from().stream().map(Enum::name).toList());
		for (Map.Entry<String, Object> set : sets.entrySet()) {
			update = update.param(set.getKey(), set.getValue());
		}
		if (update.update() == 0) {
			return Outcome.CHANGED;
		}
		AccessRequest moved = find(request.id()).orElseThrow();
		String recorded = (action == Action.ASK_INFO && moved.consentAsked()) ? "ASK_CONSENT" : action.name();
		history(moved, recorded, by, action.actor(), (action == Action.CONSENT) ? detail : text, to);
		notices(moved, action, text, detail);
		return Outcome.DONE;
	}

	private void history(AccessRequest request, String action, AccountId by, Actor actor, String text,
			RequestStatus status) {
		this.jdbc
			.sql("INSERT INTO access_request_history (id, request_id, at, actor_id, actor, action, status, text) "
					+ "VALUES (:id, :request, :at, :by, :actor, :action, :status, :text)")
			.param("id", UUID.randomUUID())
			.param("request", request.id())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", (by != null) ? by.value() : null)
			.param("actor", actor.name())
			.param("action", action)
			.param("status", status.name())
			.param("text", text)
			.update();
	}

	/** Who is told what after a transition. */
	private void notices(AccessRequest request, Action action, String text, String detail) {
		String link = parentLink(request);
		switch (action) {
			case TAKE_INTO_REVIEW:
				notice(request, request.parent(), NoticeKind.TAKEN_INTO_REVIEW, link, format(request.dueOn()));
				break;
			case ASK_INFO:
				if (request.consentAsked()) {
					notice(request, request.parent(), NoticeKind.CONSENT_REQUESTED, link, text);
					for (AccountId other : consentingGuardians(request)) {
						notice(request, other, NoticeKind.CONSENT_ASKED_OF_YOU, "/records/consents/" + request.id(),
								text);
					}
				}
				else {
					notice(request, request.parent(), NoticeKind.INFO_REQUESTED, link, text);
				}
				break;
			case ANSWER:
				notice(request, request.parent(), NoticeKind.ANSWERED, link, format(request.dueOn()));
				break;
			case CONSENT:
				notice(request, request.parent(),
						"AGREED".equals(detail) ? NoticeKind.CONSENT_GIVEN : NoticeKind.CONSENT_DECLINED, link, "");
				break;
			case APPROVE:
				notice(request, request.parent(), NoticeKind.APPROVED, link, format(request.endsOn()));
				break;
			case REJECT:
				notice(request, request.parent(), NoticeKind.REJECTED, link, text);
				break;
			case REJECT_BY_COURT:
				notice(request, request.parent(), NoticeKind.REJECTED_BY_COURT, link, text);
				break;
			case WITHDRAW:
				notice(request, request.parent(), NoticeKind.WITHDRAWN, link, "");
				break;
			case REVOKE_BY_CLINIC:
				notice(request, request.parent(), NoticeKind.REVOKED_BY_CLINIC, link, text);
				break;
			case REVOKE_BY_PARENT:
				notice(request, request.parent(), NoticeKind.REVOKED_BY_PARENT, link, "");
				break;
			case REVOKE_BY_COURT:
				notice(request, request.parent(), NoticeKind.REVOKED_BY_COURT, link, text);
				break;
			case EXPIRE:
				notice(request, request.parent(), NoticeKind.EXPIRED, link, format(request.endsOn()));
				break;
			case CLOSE_BY_AGE:
				notice(request, request.parent(), NoticeKind.CLOSED_BY_AGE, link, format(request.endsOn()));
				break;
			default:
				break;
		}
	}

	/** Publishes one notice: the child's given name and the clinic come first. */
	void notice(AccessRequest request, AccountId recipient, NoticeKind kind, String link, String detail) {
		String child = this.guardianships.child(request.child()).map((facts) -> facts.name().name()).orElse("—");
		String clinic = this.clinics.find(request.clinic()).map(Clinic::shortName).orElse("—");
		this.events.publishEvent(new AccessNotice(UUID.randomUUID(), recipient, kind,
				List.of(child, clinic, (detail != null) ? detail : ""), link));
	}

	static String parentLink(AccessRequest request) {
		return "/records/requests/" + request.id();
	}

	private static String format(LocalDate day) {
		return (day != null) ? String.format("%02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear())
				: "";
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** Why a request cannot be made now. */
	enum Refusal {

		NOT_CONFIRMED, NOT_LINKED, KINSHIP_PENDING, KINSHIP_REJECTED, COURT_RESTRICTION, ADULT, FULL_CAPACITY, NO_GRANT,
		NOT_CLINIC_STAFF, NO_CLINIC, ALREADY_OPEN

	}

	/** The result of a change. */
	enum Outcome {

		DONE, CHANGED, NOT_ALLOWED, NOT_FOUND,
		/**
		 * The parent no longer meets the conditions of a grant (a court restriction, the
		 * child's age): the clinic can only reject.
		 */
		NOT_GRANTABLE,
		/** Staff cannot decide their own request. */
		OWN_REQUEST

	}

	/**
	 * The queue's filters.
	 */
	enum QueueFilter {

		OPEN("status IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO')"), NEW("status = 'SUBMITTED'"),
		IN_REVIEW("status = 'IN_REVIEW'"), NEEDS_INFO("status = 'NEEDS_INFO'"),
		OVERDUE("status IN ('SUBMITTED', 'IN_REVIEW') AND due_on < :today"),
		DECIDED("status IN ('APPROVED', 'REJECTED', 'WITHDRAWN', 'REVOKED', 'EXPIRED')");

		private final String condition;

		QueueFilter(String condition) {
			this.condition = condition;
		}

		String condition() {
			return this.condition;
		}

		/** The filter named in a URL; anything unknown is the default. */
		static QueueFilter parse(String name) {
			for (QueueFilter filter : values()) {
				if (filter.name().equalsIgnoreCase(name)) {
					return filter;
				}
			}
			return OPEN;
		}

	}

	/**
	 * A file the parent sends with an answer.
	 *
	 * @param kind what it is
	 * @param name the name the browser sent
	 * @param content the bytes
	 */
	record Upload(DocumentKind kind, String name, byte[] content) {
	}

	record Submitted(UUID id, Refusal refusal) {
	}

	record HistoryEntry(Instant at, AccountId actorId, String actor, String action, String status, String text) {
	}

	record RequestDocument(UUID id, DocumentKind kind, Instant uploadedAt, boolean image) {
	}

}
