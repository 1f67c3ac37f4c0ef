package org.medkarta.records.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.medkarta.family.ChildFacts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's record as a FHIR R4 {@code collection} Bundle: the Patient (with SNILS) and
 * every resource clinics sent, each under a fresh {@code urn:uuid:} full URL. References
 * between them are pointed at those URLs; a reference to something the portal does not
 * keep (a practitioner, an organisation) keeps its display text only. Profiles the
 * clinics' systems claimed are left out: the export does not assert them.
 */
@Component
class RecordExport {

	private final FhirContext fhir;

	private final JdbcClient jdbc;

	RecordExport(FhirContext fhir, JdbcClient jdbc) {
		this.fhir = fhir;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	String export(ChildFacts child) {
		IParser parser = this.fhir.newJsonParser();
		Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
		bundle.setTimestamp(new java.util.Date());
		String patientUrl = "urn:uuid:" + child.id().value();
		Patient patient = new Patient();
		patient.setId(child.id().value().toString());
		patient.addIdentifier().setSystem(FhirImport.SNILS).setValue(child.snils().value());
		HumanName name = patient.addName().setFamily(child.name().surname()).addGiven(child.name().name());
		if (child.name().patronymic() != null) {
			name.addGiven(child.name().patronymic());
		}
		patient.setBirthDate(java.sql.Date.valueOf(child.birthDate()));
		bundle.addEntry().setFullUrl(patientUrl).setResource(patient);

		List<Stored> stored = this.jdbc
			.sql("SELECT id, resource_type, source_id, clinic_id, resource FROM record_entries WHERE snils = :snils "
					+ "ORDER BY occurred_at NULLS LAST, id")
			.param("snils", child.snils().value())
			.query((rs, row) -> new Stored(rs.getObject("id", UUID.class), rs.getString("resource_type"),
					rs.getString("source_id"), rs.getObject("clinic_id", UUID.class), rs.getString("resource")))
			.list();
		java.util.Set<String> patients = new java.util.HashSet<>();
		this.jdbc.sql("SELECT clinic_id, source_id FROM record_patients WHERE snils = :snils")
			.param("snils", child.snils().value())
			.query((rs, row) -> rs.getObject("clinic_id", UUID.class) + " urn:uuid:" + rs.getString("source_id"))
			.list()
			.forEach(patients::add);
		Map<String, String> urls = new HashMap<>();
		for (Stored entry : stored) {
			String url = "urn:uuid:" + entry.id();
			urls.put(entry.clinic() + " " + entry.type() + "/" + entry.source(), url);
			urls.put(entry.clinic() + " urn:uuid:" + entry.source(), url);
		}
		for (Stored entry : stored) {
			Resource resource = (Resource) parser.parseResource(entry.json());
			resource.setId(entry.id().toString());
			resource.setMeta(new Meta());
			for (Reference reference : this.fhir.newTerser()
				.getAllPopulatedChildElementsOfType(resource, Reference.class)) {
				if (!reference.hasReference()) {
					continue;
				}
				String target = reference.getReference();
				String url = urls.get(entry.clinic() + " " + target);
				if (url == null
						&& (target.startsWith("Patient/") || patients.contains(entry.clinic() + " " + target))) {
					url = patientUrl;
				}
				reference.setReference(url);
				if (url == null && !reference.hasDisplay()) {
					reference.setDisplay(target.contains("?") ? target.substring(0, target.indexOf('?')) : target);
				}
			}
			bundle.addEntry().setFullUrl("urn:uuid:" + entry.id()).setResource(resource);
		}
		return parser.encodeResourceToString(bundle);
	}

	private record Stored(UUID id, String type, String source, UUID clinic, String json) {
	}

}
