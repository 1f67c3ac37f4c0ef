package org.medkarta.records.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.medkarta.clinics.ClinicId;
import org.medkarta.core.InvalidValueException;
import org.medkarta.core.Snils;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import API's work: a FHIR R4 Bundle from one clinic's system into the records. A
 * Patient is known by its SNILS ({@value #SNILS}); a resource is known by the clinic and
 * its id there, so a re-send updates it and no clinic can touch another's entries. A
 * {@code transaction} is all or nothing; in a {@code batch} or {@code collection} each
 * entry stands alone.
 */
@Service
class FhirImport {

	static final String SNILS = "urn:oid:1.2.643.100.3";

	static final int MAX_ENTRIES = 10_000;

	private final FhirContext fhir;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Clock clock;

	FhirImport(FhirContext fhir, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.fhir = fhir;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Imports a bundle.
	 * @return the HTTP status and the FHIR resource to answer with
	 */
	Result importBundle(ClinicId clinic, String body) {
		IParser parser = this.fhir.newJsonParser();
		Bundle bundle;
		try {
			bundle = parser.parseResource(Bundle.class, body);
		}
		catch (DataFormatException | ClassCastException ex) {
			return new Result(400, outcome(OperationOutcome.IssueType.STRUCTURE, "Bundle",
					"Not a FHIR R4 Bundle in JSON: " + shorten(ex.getMessage())));
		}
		Bundle.BundleType type = bundle.getType();
		if (type != Bundle.BundleType.TRANSACTION && type != Bundle.BundleType.BATCH
				&& type != Bundle.BundleType.COLLECTION) {
			return new Result(422, outcome(OperationOutcome.IssueType.VALUE, "Bundle.type",
					"Bundle.type must be transaction, batch or collection"));
		}
		if (bundle.getEntry().size() > MAX_ENTRIES) {
			return new Result(413, outcome(OperationOutcome.IssueType.TOOLONG, "Bundle.entry",
					"At most " + MAX_ENTRIES + " entries per bundle; this one has " + bundle.getEntry().size()));
		}
		Map<String, String> patients = new HashMap<>();
		List<Planned> plan = new ArrayList<>();
		for (int i = 0; i < bundle.getEntry().size(); i++) {
			plan.add(plan(clinic, bundle.getEntry().get(i), i, patients, parser));
		}
		for (int i = 0; i < plan.size(); i++) {
			if (plan.get(i).entry() != null) {
				plan.set(i, resolveSubject(clinic, plan.get(i), bundle.getEntry().get(i), patients));
			}
		}
		boolean transaction = type == Bundle.BundleType.TRANSACTION;
		List<Planned> failed = plan.stream().filter((planned) -> planned.error() != null).toList();
		if (transaction && !failed.isEmpty()) {
			OperationOutcome outcome = new OperationOutcome();
			failed.forEach((planned) -> outcome.addIssue(planned.error()));
			return new Result(422, outcome);
		}
		Bundle response = new Bundle();
		response.setType(transaction ? Bundle.BundleType.TRANSACTIONRESPONSE : Bundle.BundleType.BATCHRESPONSE);
		this.transactions.executeWithoutResult((status) -> {
			lockPersons(plan);
			for (Planned planned : plan) {
				response.addEntry().setResponse(store(clinic, planned));
			}
		});
		return new Result(200, response);
	}

	/** The first pass: patients, and what each other entry would store. */
	private Planned plan(ClinicId clinic, Bundle.BundleEntryComponent entry, int index, Map<String, String> patients,
			IParser parser) {
		String where = "Bundle.entry[" + index + "]";
		if (!entry.hasResource()) {
			return Planned.failed(issue(where + ".resource", "The entry has no resource"));
		}
		Resource resource = entry.getResource();
		String id = sourceId(entry);
		if (resource instanceof Patient patient) {
			Optional<Identifier> snils = patient.getIdentifier()
				.stream()
				.filter((identifier) -> SNILS.equals(identifier.getSystem()))
				.findFirst();
			if (snils.isEmpty()) {
				return Planned.failed(issue(where + ".resource.identifier",
						"The Patient has no SNILS (identifier with system " + SNILS + ")"));
			}
			try {
				String value = Snils.of(snils.get().getValue()).value();
				if (id == null) {
					return Planned.failed(issue(where + ".resource.id", "The Patient has no id"));
				}
				if (entry.hasFullUrl()) {
					patients.put(entry.getFullUrl(), value);
				}
				patients.put("Patient/" + id, value);
				return Planned.patient(id, value);
			}
			catch (InvalidValueException ex) {
				return Planned.failed(issue(where + ".resource.identifier", "The SNILS is not valid"));
			}
		}
		if (!EntryReader.KEPT.contains(resource.fhirType())) {
			return Planned.ignored(resource.fhirType());
		}
		if (id == null || id.length() > 64) {
			return Planned.failed(issue(where + ".resource.id", "The resource needs an id of at most 64 characters"));
		}
		try {
			Entry read = EntryReader.read(resource, id);
			return Planned.entry(read, parser.encodeResourceToString(resource), where);
		}
		catch (RuntimeException ex) {
			return Planned
				.failed(issue(where + ".resource", "The resource cannot be read: " + shorten(ex.getMessage())));
		}
	}

	/** The second pass: whose record each entry belongs to. */
	private Planned resolveSubject(ClinicId clinic, Planned planned, Bundle.BundleEntryComponent entry,
			Map<String, String> patients) {
		Optional<Reference> subject = EntryReader.subject(entry.getResource());
		if (subject.isEmpty()) {
			return Planned.failed(issue(planned.where() + ".resource.subject", "The resource names no patient"));
		}
		String reference = subject.get().getReference();
		String snils = patients.get(reference);
		if (snils == null && reference.startsWith("Patient/")) {
			snils = this.jdbc.sql("SELECT snils FROM record_patients WHERE clinic_id = :clinic AND source_id = :id")
				.param("clinic", clinic.value())
				.param("id", reference.substring("Patient/".length()))
				.query(String.class)
				.optional()
				.orElse(null);
		}
		if (snils == null) {
			return Planned.failed(issue(planned.where() + ".resource.subject", "Unknown patient " + shorten(reference)
					+ ": send the Patient with its SNILS first or in the bundle"));
		}
		return new Planned(planned.entry(), planned.resource(), snils, null, null, null, planned.where());
	}

	/**
	 * Takes, until the transaction ends, a lock on each person the bundle writes entries
	 * for, in the order of their SNILS: two imports for the same child then write one
	 * after the other, and the section counts a trigger keeps (V22) are never locked in
	 * opposite orders by two of them.
	 */
	private void lockPersons(List<Planned> plan) {
		plan.stream()
			.filter((planned) -> planned.entry() != null && planned.error() == null)
			.map(Planned::snils)
			.distinct()
			.sorted()
			.forEach((snils) -> this.jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtext('record:' || :snils))")
				.param("snils", snils)
				.query(Integer.class)
				.single());
	}

	private Bundle.BundleEntryResponseComponent store(ClinicId clinic, Planned planned) {
		Bundle.BundleEntryResponseComponent response = new Bundle.BundleEntryResponseComponent();
		if (planned.error() != null) {
			OperationOutcome outcome = new OperationOutcome();
			outcome.addIssue(planned.error());
			return response.setStatus("422 Unprocessable Entity").setOutcome(outcome);
		}
		Instant now = this.clock.instant();
		if (planned.patientId() != null) {
			this.jdbc
				.sql("INSERT INTO record_patients (clinic_id, source_id, snils, updated_at) VALUES (:clinic, :id, "
						+ ":snils, :now) ON CONFLICT (clinic_id, source_id) DO UPDATE SET snils = EXCLUDED.snils, "
						+ "updated_at = EXCLUDED.updated_at")
				.param("clinic", clinic.value())
				.param("id", planned.patientId())
				.param("snils", planned.snils())
				.param("now", Timestamp.from(now))
				.update();
			return response.setStatus("200 OK").setLocation("Patient/" + planned.patientId());
		}
		if (planned.entry() == null) {
			OperationOutcome outcome = new OperationOutcome();
			outcome.addIssue()
				.setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
				.setCode(OperationOutcome.IssueType.INFORMATIONAL)
				.setDiagnostics(planned.ignoredType() + " is not kept in the record");
			return response.setStatus("200 OK").setOutcome(outcome);
		}
		Entry entry = planned.entry();
		boolean created = this.jdbc
			.sql("INSERT INTO record_entries (id, snils, clinic_id, resource_type, source_id, section, occurred_at, title, "
					+ "code_system, code, details, resource, received_at, updated_at) VALUES (:id, :snils, :clinic, :type, "
					+ ":source, :section, :at, :title, :system, :code, CAST(:details AS jsonb), CAST(:resource AS jsonb), "
					+ ":now, :now) ON CONFLICT (clinic_id, resource_type, source_id) DO UPDATE SET snils = EXCLUDED.snils, "
					+ "section = EXCLUDED.section, occurred_at = EXCLUDED.occurred_at, title = EXCLUDED.title, "
					+ "code_system = EXCLUDED.code_system, code = EXCLUDED.code, details = EXCLUDED.details, "
					+ "resource = EXCLUDED.resource, updated_at = EXCLUDED.updated_at RETURNING (xmax = 0) AS created")
			.param("id", UUID.randomUUID())
			.param("snils", planned.snils())
			.param("clinic", clinic.value())
			.param("type", entry.resourceType())
			.param("source", entry.sourceId())
			.param("section", entry.section().name())
			.param("at", (entry.occurredAt() != null) ? Timestamp.from(entry.occurredAt()) : null)
			.param("title", entry.title())
			.param("system", entry.codeSystem())
			.param("code", entry.code())
			.param("details", this.json.writeValueAsString(entry.details()))
			.param("resource", planned.resource())
			.param("now", Timestamp.from(now))
			.query(Boolean.class)
			.single();
		attachment(planned).ifPresent((file) -> this.jdbc
			.sql("INSERT INTO record_attachments (entry_id, content_type, content) SELECT id, :type, :content "
					+ "FROM record_entries WHERE clinic_id = :clinic AND resource_type = 'DocumentReference' "
					+ "AND source_id = :source ON CONFLICT (entry_id) DO UPDATE SET content_type = EXCLUDED.content_type, "
					+ "content = EXCLUDED.content")
			.param("type", file.contentType())
			.param("content", file.content())
			.param("clinic", clinic.value())
			.param("source", entry.sourceId())
			.update());
		return response.setStatus(created ? "201 Created" : "200 OK")
			.setLocation(entry.resourceType() + "/" + entry.sourceId());
	}

	/** The file a DocumentReference carries in its first content, if it carries one. */
	private Optional<Attachment> attachment(Planned planned) {
		if (!"DocumentReference".equals(planned.entry().resourceType())) {
			return Optional.empty();
		}
		org.hl7.fhir.r4.model.DocumentReference document = this.fhir.newJsonParser()
			.parseResource(org.hl7.fhir.r4.model.DocumentReference.class, planned.resource());
		if (!document.hasContent() || !document.getContentFirstRep().getAttachment().hasData()) {
			return Optional.empty();
		}
		org.hl7.fhir.r4.model.Attachment file = document.getContentFirstRep().getAttachment();
		String type = file.hasContentType() ? file.getContentType() : "application/octet-stream";
		return Optional.of(new Attachment((type.length() > 100) ? "application/octet-stream" : type, file.getData()));
	}

	private record Attachment(String contentType, byte[] content) {
	}

	/**
	 * The clinic's id of the resource: its id, else the UUID of a {@code urn:uuid:} full
	 * URL.
	 */
	private static String sourceId(Bundle.BundleEntryComponent entry) {
		Resource resource = entry.getResource();
		String id = null;
		if (resource.hasIdElement() && resource.getIdElement().hasIdPart()) {
			id = resource.getIdElement().getIdPart();
		}
		else if (entry.hasFullUrl()) {
			id = entry.getFullUrl();
		}
		return (id != null && id.startsWith("urn:uuid:")) ? id.substring("urn:uuid:".length()) : id;
	}

	private static OperationOutcome.OperationOutcomeIssueComponent issue(String expression, String text) {
		OperationOutcome.OperationOutcomeIssueComponent issue = new OperationOutcome.OperationOutcomeIssueComponent();
		issue.setSeverity(OperationOutcome.IssueSeverity.ERROR)
			.setCode(OperationOutcome.IssueType.INVALID)
			.setDiagnostics(text)
			.addExpression(expression);
		return issue;
	}

	static OperationOutcome outcome(OperationOutcome.IssueType type, String expression, String text) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue()
			.setSeverity(OperationOutcome.IssueSeverity.ERROR)
			.setCode(type)
			.setDiagnostics(text)
			.addExpression(expression);
		return outcome;
	}

	private static String shorten(String text) {
		if (text == null) {
			return "";
		}
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

	/**
	 * The answer.
	 *
	 * @param status the HTTP status
	 * @param resource a Bundle response or an OperationOutcome
	 */
	record Result(int status, Resource resource) {
	}

	/** What one entry of the bundle will do. */
	private record Planned(Entry entry, String resource, String snils, String patientId, String ignoredType,
			OperationOutcome.OperationOutcomeIssueComponent error, String where) {

		static Planned failed(OperationOutcome.OperationOutcomeIssueComponent error) {
			return new Planned(null, null, null, null, null, error, null);
		}

		static Planned patient(String id, String snils) {
			return new Planned(null, null, snils, id, null, null, null);
		}

		static Planned ignored(String type) {
			return new Planned(null, null, null, null, type, null, null);
		}

		static Planned entry(Entry entry, String resource, String where) {
			return new Planned(entry, resource, null, null, null, null, where);
		}

	}

}
