package org.medkarta.extracts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.medkarta.core.Refused;
import org.medkarta.access.AccessPolicy;
import org.medkarta.access.RecordSection;
import org.medkarta.clinics.Clinic;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.core.WorkingDayCalendar;
import org.medkarta.family.ChildFacts;
import org.medkarta.family.ChildId;
import org.medkarta.family.Guardianships;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.PersonalData;
import org.medkarta.notifications.Notifier;
import org.medkarta.records.RecordExtracts;
import org.medkarta.web.FormErrors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extract requests from asking to download. A request goes to the clinic the child is
 * attached to, due in the clinic's number of working days; staff prepare a draft from the
 * record, a member of staff signs it off (the signed PDF is drawn again with their name),
 * or they refuse with a reason. Each change names the version it was made on, so two
 * members of staff acting at once do not overwrite each other.
 */
@Service
class ExtractRequests {

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	static final int COMMENT_LIMIT = 500;

	static final int REASON_LIMIT = 1000;

	static final int LONGEST_DEADLINE = 30;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Clinics clinics;

	private final Guardianships guardianships;

	private final AccessPolicy policy;

	private final RecordExtracts extracts;

	private final Accounts accounts;

	private final Notifier notifier;

	private final WorkingDayCalendar calendar = WorkingDayCalendar.russian();

	ExtractRequests(JdbcClient jdbc, Clock clock, Clinics clinics, Guardianships guardianships, AccessPolicy policy,
			RecordExtracts extracts, Accounts accounts, Notifier notifier) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.clinics = clinics;
		this.guardianships = guardianships;
		this.policy = policy;
		this.extracts = extracts;
		this.accounts = accounts;
		this.notifier = notifier;
	}

	/**
	 * A request as the pages show it.
	 *
	 * @param id the request
	 * @param number its number, shown to people
	 * @param child the child
	 * @param clinic the clinic it went to
	 * @param account who asked
	 * @param from the period's first day
	 * @param to its last day
	 * @param purpose what for
	 * @param comment what the family added
	 * @param status SUBMITTED, PREPARED, READY or REJECTED
	 * @param submittedAt when it was asked for
	 * @param dueOn the day the clinic must answer by
	 * @param signedByName who signed the extract off
	 * @param signedAt when
	 * @param reason why it was refused
	 * @param version the version changes name
	 */
	record ExtractRequest(UUID id, long number, UUID child, UUID clinic, UUID account, LocalDate from, LocalDate to,
			Purpose purpose, String comment, String status, Instant submittedAt, LocalDate dueOn, String signedByName,
			Instant signedAt, String reason, int version) {

		public boolean open() {
			return "SUBMITTED".equals(this.status) || "PREPARED".equals(this.status);
		}

		public boolean overdueOn(LocalDate today) {
			return open() && today.isAfter(this.dueOn);
		}

		public String purposeKey() {
			return this.purpose.messageKey();
		}

	}

	/** What the family typed: kept to show again beside its errors. */
	record Form(String from, String to, String purpose, String comment) {

		static Form empty() {
			return new Form("", "", "", "");
		}

	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(MOSCOW));
	}

	/** Whether the account may ask for an extract of the child's record now. */
	boolean mayAsk(AccountId parent, ChildId child) {
		return this.policy.check(parent, child, RecordSection.OVERVIEW).allowed();
	}

	/**
	 * Sends the request to the child's clinic, or records why not in {@code errors}.
	 * @return the request, or empty with errors
	 */
	@Transactional
	Optional<UUID> submit(AccountId parent, ChildFacts child, Form form, FormErrors errors) {
		LocalDate from = date(form.from(), "from", errors);
		LocalDate to = date(form.to(), "to", errors);
		LocalDate today = today();
		if (from != null && to != null && from.isAfter(to)) {
			errors.reject("to", "extracts.period.reversed");
		}
		if (to != null && to.isAfter(today)) {
			errors.reject("to", "extracts.period.future");
		}
		if (from != null && from.isAfter(today)) {
			errors.reject("from", "extracts.period.future");
		}
		if (from != null && from.isBefore(child.birthDate())) {
			errors.reject("from", "extracts.period.before-birth");
		}
		Purpose purpose = Purpose.parse(form.purpose());
		if (purpose == null) {
			errors.reject("purpose", "extracts.purpose.required");
		}
		if (form.comment() != null && form.comment().length() > COMMENT_LIMIT) {
			errors.reject("comment", "validation.too-long", COMMENT_LIMIT);
		}
		Optional<Clinic> clinic = this.clinics.clinicOf(child.snils());
		if (clinic.isEmpty()) {
			errors.rejectForm("extracts.no-clinic");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		UUID id = UUID.randomUUID();
		UUID clinicId = clinic.get().id().value();
		this.jdbc.sql("INSERT INTO extract_requests (id, child_id, child_snils, clinic_id, account_id, period_from, "
				+ "period_to, purpose, comment, status, submitted_at, due_on) VALUES (:id, :child, :snils, :clinic, "
				+ ":account, :from, :to, :purpose, :comment, 'SUBMITTED', :now, :due)")
			.param("id", id)
			.param("child", child.id().value())
			.param("snils", child.snils().value())
			.param("clinic", clinicId)
			.param("account", parent.value())
			.param("from", from)
			.param("to", to)
			.param("purpose", purpose.name())
			.param("comment", (form.comment() == null || form.comment().isBlank()) ? null : form.comment().strip())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("due", this.calendar.addWorkingDays(today, deadline(clinicId)))
			.update();
		return Optional.of(id);
	}

	@Transactional(readOnly = true)
	List<ExtractRequest> ofAccount(AccountId account) {
		return this.jdbc.sql(SELECT + " WHERE account_id = :account ORDER BY submitted_at DESC LIMIT 200")
			.param("account", account.value())
			.query((rs, row) -> request(rs))
			.list();
	}

	@Transactional(readOnly = true)
	Optional<ExtractRequest> find(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query((rs, row) -> request(rs)).optional();
	}

	/** The clinics' open requests by due day, then the last 50 answered. */
	@Transactional(readOnly = true)
	List<ExtractRequest> queue(Set<ClinicId> clinics) {
		if (clinics.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = clinics.stream().map(ClinicId::value).toList();
		List<ExtractRequest> open = this.jdbc
			.sql(SELECT + " WHERE clinic_id IN (:clinics) AND status IN ('SUBMITTED', 'PREPARED') "
					+ "ORDER BY due_on, submitted_at LIMIT 500")
			.param("clinics", ids)
			.query((rs, row) -> request(rs))
			.list();
		List<ExtractRequest> answered = this.jdbc
			.sql(SELECT + " WHERE clinic_id IN (:clinics) AND status IN ('READY', 'REJECTED') "
					+ "ORDER BY decided_at DESC LIMIT 50")
			.param("clinics", ids)
			.query((rs, row) -> request(rs))
			.list();
		return java.util.stream.Stream.concat(open.stream(), answered.stream()).toList();
	}

	/** Draws the draft from the record: the extract as it will be, unsigned. */
	@Transactional
	void prepare(AccountId staff, ExtractRequest request, int version) {
		if (!request.open()) {
			throw new Refused("extracts.not-open");
		}
		byte[] draft = draw(request, null, null);
		change(request, version, "status = 'PREPARED', prepared_at = :now, prepared_by = :staff, draft = :pdf, "
				+ "version = version + 1", staff, draft, null);
	}

	/**
	 * Signs the prepared extract off: drawn again with the signer's name, kept, and the
	 * family told.
	 */
	@Transactional
	void sign(AccountId staff, ExtractRequest request, int version) {
		if (!"PREPARED".equals(request.status())) {
			throw new Refused("extracts.not-prepared");
		}
		String name = this.accounts.personalDataOf(staff)
			.map((data) -> data.name().full())
			.orElseThrow(() -> new Refused("extracts.sign.no-name"));
		Instant now = this.clock.instant();
		byte[] pdf = draw(request, name, now);
		this.jdbc.sql("UPDATE extract_requests SET signed_by_name = :name WHERE id = :id")
			.param("name", name)
			.param("id", request.id())
			.update();
		change(request, version,
				"status = 'READY', signed_at = :now, signed_by = :staff, pdf = :pdf, decided_at = :now, "
						+ "decided_by = :staff, version = version + 1",
				staff, pdf, null);
		tell(request, "ready", null);
	}

	@Transactional
	void reject(AccountId staff, ExtractRequest request, int version, String reason) {
		if (!request.open()) {
			throw new Refused("extracts.not-open");
		}
		if (reason == null || reason.isBlank()) {
			throw new Refused("extracts.reason.required");
		}
		if (reason.length() > REASON_LIMIT) {
			throw new Refused("validation.too-long", REASON_LIMIT);
		}
		change(request, version, "status = 'REJECTED', reason = :reason, decided_at = :now, decided_by = :staff, "
				+ "version = version + 1", staff, null, reason.strip());
		tell(request, "rejected", reason.strip());
	}

	/** The draft while preparing, the signed PDF once ready; empty before. */
	@Transactional(readOnly = true)
	Optional<byte[]> document(UUID id) {
		return this.jdbc.sql("SELECT COALESCE(pdf, draft) FROM extract_requests WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getBytes(1))
			.optional()
			.filter((bytes) -> bytes != null);
	}

	/** The signed PDF, once ready. */
	@Transactional(readOnly = true)
	Optional<byte[]> signed(UUID id) {
		return this.jdbc.sql("SELECT pdf FROM extract_requests WHERE id = :id AND status = 'READY'")
			.param("id", id)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	/** The clinic's deadline in working days. */
	@Transactional(readOnly = true)
	int deadline(UUID clinic) {
		return this.jdbc.sql("SELECT deadline_days FROM extract_settings WHERE clinic_id = :clinic")
			.param("clinic", clinic)
			.query(Integer.class)
			.optional()
			.orElse(3);
	}

	@Transactional
	void changeDeadline(UUID clinic, int days) {
		if (days < 1 || days > LONGEST_DEADLINE) {
			throw new Refused("extracts.deadline.range", 1, LONGEST_DEADLINE);
		}
		this.jdbc
			.sql("INSERT INTO extract_settings (clinic_id, deadline_days) VALUES (:clinic, :days) "
					+ "ON CONFLICT (clinic_id) DO UPDATE SET deadline_days = :days")
			.param("clinic", clinic)
			.param("days", days)
			.update();
	}

	/** A person's name, or their masked phone. */
	String nameOf(AccountId account) {
		return this.accounts.personalDataOf(account)
			.map(PersonalData::name)
			.map((name) -> name.full())
			.orElseGet(() -> this.accounts.contactOf(account).map((contact) -> contact.phone().masked()).orElse("—"));
	}

	private byte[] draw(ExtractRequest request, String signedBy, Instant signedAt) {
		ChildFacts child = this.guardianships.child(new ChildId(request.child())).orElseThrow();
		String clinic = this.clinics.find(new ClinicId(request.clinic())).map(Clinic::fullName).orElse("—");
		byte[] pdf = this.extracts.extract(child, new RecordExtracts.Extract(String.valueOf(request.number()),
				request.from(), request.to(), request.purposeKey(), clinic, signedBy, signedAt),
				Locale.forLanguageTag("ru"));
		if (pdf == null) {
			throw new Refused("extracts.busy");
		}
		return pdf;
	}

	private void change(ExtractRequest request, int version, String set, AccountId staff, byte[] pdf, String reason) {
		int changed = this.jdbc.sql("UPDATE extract_requests SET " + set + " WHERE id = :id AND version = :version")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("staff", staff.value())
			.param("pdf", pdf)
			.param("reason", reason)
			.param("id", request.id())
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new Refused("extracts.changed");
		}
	}

	private void tell(ExtractRequest request, String kind, String reason) {
		String child = this.guardianships.child(new ChildId(request.child()))
			.map((found) -> found.name().full())
			.orElse("—");
		String clinic = this.clinics.find(new ClinicId(request.clinic())).map(Clinic::shortName).orElse("—");
		List<String> arguments = (reason == null) ? List.of("txt:" + child, "txt:" + clinic)
				: List.of("txt:" + child, "txt:" + clinic, "txt:" + reason);
		this.notifier.send(new AccountId(request.account()),
				new Notifier.Notice("extracts.notice." + kind + ".title", "extracts.notice." + kind + ".body",
						arguments, "/extracts/" + request.id(), "extract-" + kind + ":" + request.id()),
				EnumSet.of(Notifier.Channel.INBOX, Notifier.Channel.EMAIL));
	}

	private static LocalDate date(String text, String field, FormErrors errors) {
		if (text == null || text.isBlank()) {
			errors.reject(field, "extracts.period.required");
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.reject(field, "extracts.period.format");
			return null;
		}
	}

	private static final String SELECT = "SELECT id, number, child_id, clinic_id, account_id, period_from, period_to, "
			+ "purpose, comment, status, submitted_at, due_on, signed_by_name, signed_at, reason, version "
			+ "FROM extract_requests";

	private static ExtractRequest request(ResultSet rs) throws SQLException {
		Timestamp signed = rs.getTimestamp("signed_at");
		return new ExtractRequest(rs.getObject("id", UUID.class), rs.getLong("number"),
				rs.getObject("child_id", UUID.class), rs.getObject("clinic_id", UUID.class),
				rs.getObject("account_id", UUID.class), rs.getObject("period_from", LocalDate.class),
				rs.getObject("period_to", LocalDate.class), Purpose.valueOf(rs.getString("purpose")),
				rs.getString("comment"), rs.getString("status"), rs.getTimestamp("submitted_at").toInstant(),
				rs.getObject("due_on", LocalDate.class), rs.getString("signed_by_name"),
				(signed != null) ? signed.toInstant() : null, rs.getString("reason"), rs.getInt("version"));
	}

}
