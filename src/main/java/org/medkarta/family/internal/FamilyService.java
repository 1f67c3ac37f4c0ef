package org.medkarta.family.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.medkarta.documents.Audience;
import org.medkarta.documents.DocumentId;
import org.medkarta.documents.DocumentKind;
import org.medkarta.documents.Documents;
import org.medkarta.family.BirthRecord;
import org.medkarta.family.ChildDetails;
import org.medkarta.family.ChildId;
import org.medkarta.family.CivilRegistry;
import org.medkarta.family.CourtRestrictions;
import org.medkarta.family.GuardianshipVerified;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.PersonalData;
import org.medkarta.identity.TrustLevel;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * «Семья и дети»: linking a child to a guardian and verifying the kinship, by the civil
 * registry when its birth record names the guardian, otherwise by an operator.
 */
@Service
class FamilyService {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final CivilRegistry registry;

	private final Documents documents;

	private final ApplicationEventPublisher events;

	private final CourtRestrictions restrictions;

	private final Clock clock;

	FamilyService(JdbcClient jdbc, Accounts accounts, CivilRegistry registry, Documents documents,
			ApplicationEventPublisher events, CourtRestrictions restrictions, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.registry = registry;
		this.documents = documents;
		this.events = events;
		this.restrictions = restrictions;
		this.clock = clock;
	}

	boolean mayAddChildren(AccountId guardian) {
		return this.accounts.trustLevelOf(guardian).map((level) -> level.atLeast(TrustLevel.STANDARD)).orElse(false);
	}

	/**
	 * Links the child to the guardian, with the uploaded documents.
	 * @param uploads the documents by kind (birth certificate required)
	 * @throws org.medkarta.documents.DocumentRefusedException when an upload is refused;
	 * nothing is kept then
	 */
	@Transactional
	Added add(AccountId guardian, ChildDetails child, Map<DocumentKind, Upload> uploads) {
		if (!mayAddChildren(guardian)) {
			return Added.NOT_ALLOWED;
		}
		UUID childId = findOrCreate(guardian, child);
		if (this.restrictions.isRestricted(guardian, new ChildId(childId), today())) {
			return Added.RESTRICTED;
		}
		Optional<Link> link = this.jdbc
			.sql("SELECT id, status FROM guardianships WHERE account_id = :account AND child_id = :child")
			.param("account", guardian.value())
			.param("child", childId)
			.query((rs, row) -> new Link(rs.getObject("id", UUID.class), rs.getString("status")))
			.optional();
		if (link.isPresent() && !link.get().status().equals("REJECTED")) {
			return Added.ALREADY_LINKED;
		}
		boolean byRegistry = namedInBirthRecord(guardian, child);
		Instant now = this.clock.instant();
		UUID guardianship = link.map(Link::id).orElseGet(UUID::randomUUID);
		// A rejected link is asked for again with new documents; the old decision stays
		// in its documents' history.
		this.jdbc
			.sql("INSERT INTO guardianships (id, account_id, child_id, status, verified_by_registry, submitted_at, "
					+ "decided_at, version) VALUES (:id, :account, :child, :status, :registry, :now, :decided, 0) "
					+ "ON CONFLICT (account_id, child_id) DO UPDATE SET status = EXCLUDED.status, "
					+ "verified_by_registry = EXCLUDED.verified_by_registry, submitted_at = EXCLUDED.submitted_at, "
					+ "decided_at = EXCLUDED.decided_at, decided_by = NULL, reason = NULL, "
					+ "version = guardianships.version + 1 WHERE guardianships.status = 'REJECTED'")
			.param("id", guardianship)
			.param("account", guardian.value())
			.param("child", childId)
			.param("status", byRegistry ? "VERIFIED" : "PENDING")
			.param("registry", byRegistry)
			.param("now", Timestamp.from(now))
			.param("decided", byRegistry ? Timestamp.from(now) : null)
			.update();
		for (Map.Entry<DocumentKind, Upload> upload : uploads.entrySet()) {
			DocumentId document = this.documents.store(guardian.value(), upload.getKey(), upload.getValue().name(),
					upload.getValue().content());
			if (!byRegistry) {
				this.documents.share(document, Audience.operators());
			}
			this.jdbc
				.sql("INSERT INTO guardianship_documents (guardianship_id, document_id, kind) "
						+ "VALUES (:guardianship, :document, :kind)")
				.param("guardianship", guardianship)
				.param("document", document.value())
				.param("kind", upload.getKey().name())
				.update();
		}
		if (byRegistry) {
			this.events.publishEvent(new GuardianshipVerified(guardian, new ChildId(childId), true));
			return Added.VERIFIED;
		}
		return Added.PENDING;
	}

	private UUID findOrCreate(AccountId guardian, ChildDetails child) {
		Optional<UUID> existing = this.jdbc.sql("SELECT id FROM children WHERE snils = :snils")
			.param("snils", child.snils().value())
			.query(UUID.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO children (id, snils, surname, name, patronymic, birth_date, certificate_series, "
					+ "certificate_number, certificate_issued_on, created_at, created_by) VALUES (:id, :snils, "
					+ ":surname, :name, :patronymic, :birthDate, :series, :number, :issuedOn, :now, :by)")
			.param("id", id)
			.param("snils", child.snils().value())
			.param("surname", child.name().surname())
			.param("name", child.name().name())
			.param("patronymic", child.name().patronymic())
			.param("birthDate", Date.valueOf(child.birthDate()))
			.param("series", child.certificate().series())
			.param("number", child.certificate().number())
			.param("issuedOn", Date.valueOf(child.certificateIssuedOn()))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", guardian.value())
			.update();
		return id;
	}

	/**
	 * The registry's birth record of this child names the guardian, and agrees with what
	 * was entered.
	 */
	private boolean namedInBirthRecord(AccountId guardian, ChildDetails child) {
		Optional<PersonalData> parent = this.accounts.personalDataOf(guardian);
		Optional<BirthRecord> record = this.registry.birthRecordOf(child.snils());
		return parent.isPresent() && record.isPresent() && record.get().namesParent(parent.get().snils())
				&& record.get().birthDate().equals(child.birthDate())
				&& record.get().certificate().equals(child.certificate())
				&& sameName(record.get().name().surname(), child.name().surname())
				&& sameName(record.get().name().name(), child.name().name());
	}

	private java.time.LocalDate today() {
		return java.time.LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Europe/Moscow")));
	}

	private static boolean sameName(String a, String b) {
		return Objects.equals(a.toLowerCase().replace('ё', 'е'), b.toLowerCase().replace('ё', 'е'));
	}

	@Transactional(readOnly = true)
	List<ChildRow> childrenOf(AccountId guardian) {
		return this.jdbc
			.sql("SELECT c.id, c.surname, c.name, c.patronymic, c.birth_date, g.status, g.reason, "
					+ "(SELECT count(*) FROM guardianships o WHERE o.child_id = c.id AND o.account_id <> g.account_id) "
					+ "AS others FROM guardianships g JOIN children c ON c.id = g.child_id "
					+ "WHERE g.account_id = :account ORDER BY c.birth_date")
			.param("account", guardian.value())
			.query((rs, row) -> new ChildRow(rs.getObject("id", UUID.class),
					rs.getString("surname") + " " + rs.getString("name")
							+ ((rs.getString("patronymic") != null) ? " " + rs.getString("patronymic") : ""),
					rs.getDate("birth_date").toLocalDate(), rs.getString("status"), rs.getString("reason"),
					otherGuardians(rs.getObject("id", UUID.class), guardian),
					this.restrictions.activeReason(guardian, new ChildId(rs.getObject("id", UUID.class)), today())
						.orElse(null)))
			.list();
	}

	/** The other guardians linked to a child, by name only. */
	private List<String> otherGuardians(UUID child, AccountId guardian) {
		return this.jdbc
			.sql("SELECT account_id FROM guardianships WHERE child_id = :child AND account_id <> :account "
					+ "ORDER BY submitted_at")
			.param("child", child)
			.param("account", guardian.value())
			.query(UUID.class)
			.list()
			.stream()
			.map((id) -> this.accounts.personalDataOf(new AccountId(id))
				.map((data) -> data.name().name() + " " + data.name().surname())
				.orElse("—"))
			.toList();
	}

	enum Added {

		VERIFIED, PENDING, ALREADY_LINKED, RESTRICTED, NOT_ALLOWED

	}

	private record Link(UUID id, String status) {
	}

	record Upload(String name, byte[] content) {
	}

	record ChildRow(UUID id, String name, java.time.LocalDate birthDate, String status, String reason,
			List<String> otherGuardians, String restriction) {
	}

}
