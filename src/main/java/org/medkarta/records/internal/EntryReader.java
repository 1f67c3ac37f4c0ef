package org.medkarta.records.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads the resources the record keeps into entries: what each is, when, and what the
 * pages show. Codes the portal does not know (LOINC, SNOMED CT, CVX, RxNorm) are kept
 * with their display text, never refused.
 */
final class EntryReader {

	/**
	 * ICD-10: the international system, its US clinical modification, and the Russian
	 * МКБ-10 register.
	 */
	static final Set<String> ICD10 = Set.of("http://hl7.org/fhir/sid/icd-10", "http://hl7.org/fhir/sid/icd-10-cm",
			"urn:oid:1.2.643.5.1.13.13.11.1005");

	/**
	 * The resource types the record keeps; everything else in a bundle is passed over.
	 */
	static final Set<String> KEPT = Set.of("Encounter", "Condition", "Observation", "DiagnosticReport",
			"MedicationRequest", "Immunization", "DocumentReference");

	private EntryReader() {
	}

	/** The patient the resource is about. */
	static Optional<Reference> subject(Resource resource) {
		Reference reference;
		if (resource instanceof Immunization immunization) {
			reference = immunization.getPatient();
		}
		else if (resource instanceof Encounter encounter) {
			reference = encounter.getSubject();
		}
		else if (resource instanceof Condition condition) {
			reference = condition.getSubject();
		}
		else if (resource instanceof Observation observation) {
			reference = observation.getSubject();
		}
		else if (resource instanceof DiagnosticReport report) {
			reference = report.getSubject();
		}
		else if (resource instanceof MedicationRequest request) {
			reference = request.getSubject();
		}
		else if (resource instanceof DocumentReference document) {
			reference = document.getSubject();
		}
		else {
			reference = null;
		}
		return (reference != null && reference.hasReference()) ? Optional.of(reference) : Optional.empty();
	}

	static Entry read(Resource resource, String sourceId) {
		Map<String, Object> details = new LinkedHashMap<>();
		if (resource instanceof Encounter encounter) {
			CodeableConcept type = encounter.hasType() ? encounter.getTypeFirstRep() : null;
			put(details, "status", encounter.hasStatus() ? encounter.getStatus().toCode() : null);
			put(details, "class", encounter.hasClass_() ? display(encounter.getClass_()) : null);
			put(details, "specialty", encounter.hasServiceType() ? text(encounter.getServiceType()) : null);
			put(details, "reason", encounter.hasReasonCode() ? text(encounter.getReasonCodeFirstRep()) : null);
			put(details, "end", encounter.getPeriod().hasEnd() ? encounter.getPeriod().getEnd().toInstant() : null);
			return entry(resource, sourceId, Section.VISITS, date(encounter.getPeriod().getStart()),
					(type != null) ? text(type) : display(encounter.getClass_()), type, details);
		}
		if (resource instanceof Condition condition) {
			put(details, "clinicalStatus",
					condition.hasClinicalStatus() ? condition.getClinicalStatus().getCodingFirstRep().getCode() : null);
			put(details, "encounter",
					condition.hasEncounter() ? condition.getEncounter().getReferenceElement().getIdPart() : null);
			Date onset = condition.hasOnsetDateTimeType() ? condition.getOnsetDateTimeType().getValue()
					: condition.getRecordedDate();
			return entry(resource, sourceId, Section.DIAGNOSES, date(onset), text(condition.getCode()),
					preferred(condition.getCode(), ICD10), details);
		}
		if (resource instanceof Observation observation) {
			boolean laboratory = observation.getCategory()
				.stream()
				.flatMap((category) -> category.getCoding().stream())
				.anyMatch((coding) -> "laboratory".equals(coding.getCode()));
			value(observation, details);
			if (observation.hasReferenceRange()) {
				Observation.ObservationReferenceRangeComponent range = observation.getReferenceRangeFirstRep();
				put(details, "low", range.hasLow() ? range.getLow().getValue() : null);
				put(details, "high", range.hasHigh() ? range.getHigh().getValue() : null);
				put(details, "rangeText", range.hasText() ? range.getText() : null);
			}
			put(details, "interpretation", observation.hasInterpretation()
					? observation.getInterpretationFirstRep().getCodingFirstRep().getCode() : null);
			Date effective = observation.hasEffectiveDateTimeType() ? observation.getEffectiveDateTimeType().getValue()
					: observation.getIssued();
			return entry(resource, sourceId, laboratory ? Section.LAB_RESULTS : Section.MEASUREMENTS, date(effective),
					text(observation.getCode()), observation.getCode(), details);
		}
		if (resource instanceof DiagnosticReport report) {
			put(details, "status", report.hasStatus() ? report.getStatus().toCode() : null);
			put(details, "results", report.getResult().size());
			put(details, "conclusion", report.hasConclusion() ? report.getConclusion() : null);
			Date effective = report.hasEffectiveDateTimeType() ? report.getEffectiveDateTimeType().getValue()
					: report.getIssued();
			return entry(resource, sourceId, Section.REPORTS, date(effective), text(report.getCode()), report.getCode(),
					details);
		}
		if (resource instanceof MedicationRequest request) {
			CodeableConcept medication = request.hasMedicationCodeableConcept() ? request.getMedicationCodeableConcept()
					: null;
			put(details, "status", request.hasStatus() ? request.getStatus().toCode() : null);
			put(details, "dosage",
					request.hasDosageInstruction() ? request.getDosageInstructionFirstRep().getText() : null);
			String title = (medication != null) ? text(medication)
					: request.hasMedicationReference() ? request.getMedicationReference().getDisplay() : null;
			return entry(resource, sourceId, Section.PRESCRIPTIONS, date(request.getAuthoredOn()), title, medication,
					details);
		}
		if (resource instanceof Immunization immunization) {
			put(details, "status", immunization.hasStatus() ? immunization.getStatus().toCode() : null);
			put(details, "lot", immunization.hasLotNumber() ? immunization.getLotNumber() : null);
			Date occurred = immunization.hasOccurrenceDateTimeType()
					? immunization.getOccurrenceDateTimeType().getValue() : null;
			return entry(resource, sourceId, Section.VACCINATIONS, date(occurred), text(immunization.getVaccineCode()),
					immunization.getVaccineCode(), details);
		}
		if (resource instanceof DocumentReference document) {
			DocumentReference.DocumentReferenceContentComponent content = document.hasContent()
					? document.getContentFirstRep() : null;
			put(details, "contentType", (content != null) ? content.getAttachment().getContentType() : null);
			put(details, "size", (content != null && content.getAttachment().hasData())
					? content.getAttachment().getData().length : null);
			put(details, "description", document.hasDescription() ? document.getDescription() : null);
			String title = document.hasType() ? text(document.getType())
					: (content != null && content.getAttachment().hasTitle()) ? content.getAttachment().getTitle()
							: null;
			return entry(resource, sourceId, Section.DOCUMENTS, date(document.getDate()), title, document.getType(),
					details);
		}
		throw new IllegalArgumentException("Not kept: " + resource.fhirType());
	}

	private static void value(Observation observation, Map<String, Object> details) {
		if (observation.hasValueQuantity()) {
			Quantity quantity = observation.getValueQuantity();
			put(details, "value", quantity.getValue());
			put(details, "unit", quantity.hasUnit() ? quantity.getUnit() : quantity.getCode());
		}
		else if (observation.hasValueStringType()) {
			put(details, "text", observation.getValueStringType().getValue());
		}
		else if (observation.hasValueCodeableConcept()) {
			put(details, "text", text(observation.getValueCodeableConcept()));
		}
		else if (observation.hasComponent()) {
			List<String> parts = observation.getComponent()
				.stream()
				.filter(Observation.ObservationComponentComponent::hasValueQuantity)
				.map((component) -> text(component.getCode()) + ": " + plain(component.getValueQuantity().getValue())
						+ " " + component.getValueQuantity().getUnit())
				.toList();
			put(details, "text", String.join("; ", parts));
		}
	}

	private static Entry entry(Resource resource, String sourceId, Section section, Instant at, String title,
			CodeableConcept concept, Map<String, Object> details) {
		return entry(resource, sourceId, section, at, title,
				(concept != null && concept.hasCoding()) ? concept.getCodingFirstRep() : null, details);
	}

	private static Entry entry(Resource resource, String sourceId, Section section, Instant at, String title,
			Coding coding, Map<String, Object> details) {
		String shown = (title == null || title.isBlank()) ? resource.fhirType() : title.strip();
		return new Entry(resource.fhirType(), sourceId, section, at, limit(shown, 500),
				(coding != null) ? limit(coding.getSystem(), 200) : null,
				(coding != null) ? limit(coding.getCode(), 100) : null, details);
	}

	/** The coding of one of the preferred systems, else the first. */
	private static Coding preferred(CodeableConcept concept, Set<String> systems) {
		return concept.getCoding()
			.stream()
			.filter((coding) -> systems.contains(coding.getSystem()))
			.findFirst()
			.orElse(concept.hasCoding() ? concept.getCodingFirstRep() : null);
	}

	/**
	 * What a person reads for a concept: its text, else its first coding's display, else
	 * the code.
	 */
	static String text(CodeableConcept concept) {
		if (concept == null) {
			return null;
		}
		if (concept.hasText()) {
			return concept.getText();
		}
		return concept.getCoding().stream().map(EntryReader::display).filter((s) -> s != null).findFirst().orElse(null);
	}

	private static String display(Coding coding) {
		if (coding == null) {
			return null;
		}
		return coding.hasDisplay() ? coding.getDisplay() : coding.getCode();
	}

	private static Instant date(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

	private static void put(Map<String, Object> details, String key, Object value) {
		if (value instanceof BigDecimal number) {
			details.put(key, number.toPlainString());
		}
		else if (value instanceof Instant instant) {
			details.put(key, instant.toString());
		}
		else if (value != null) {
			details.put(key, value);
		}
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "";
	}

	private static String limit(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

}
