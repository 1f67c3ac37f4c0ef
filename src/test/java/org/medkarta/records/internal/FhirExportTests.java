package org.medkarta.records.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.medkarta.support.AccessWorld;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * «Скачать в формате FHIR»: the child's record as a collection Bundle, checked by the HL7
 * validator (HAPI's instance validator with the R4 definitions) with no errors.
 */
@MedkartaTest
class FhirExportTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	FhirContext fhir;

	@Test
	void theExportOfAnImportedHistoryIsValidFhir() throws Exception {
		AccessWorld world = new AccessWorld(this.port, this.context);
		AccessWorld.Desk clinic = world.clinic("Поликлиника выгрузки " + UUID.randomUUID().toString().substring(0, 4));
		AccessWorld.Parent parent = world.parent(clinic, LocalDate.of(2012, 2, 2));
		String key = world.apiKey(clinic);
		for (String sample : List.of("smart-r4-Erminia_Ondricka_eb9b0a98-5282-4e6b-8d6f-fb64d37f2d23.json",
				"bulk10-derived-Kasandra729_Shanahan202_bb6a9034-2f23-2508-d29d-35efee156dc9.json")) {
			assertThat(world.importBundle(key,
					FhirImportTests.withSnils(FhirImportTests.SAMPLES.resolve(sample), parent.record().child().value())
						.toString()))
				.isEqualTo(200);
		}
		WebSession web = parent.web();
		web.open("/services/records");
		web.post("/records/children/" + parent.child() + "/request", Map.of());
		UUID request = world.requestOf(parent);
		WebSession staff = world.signIn(clinic.staffPhone());
		for (String action : List.of("take", "approve")) {
			staff.open("/clinic/requests/" + request);
			staff.post("/clinic/requests/" + request,
					Map.of("version", String.valueOf(world.versionOf(request)), "action", action, "text", ""));
		}
		String json = new String(web.download("/records/children/" + parent.child() + "/fhir"), StandardCharsets.UTF_8);
		Bundle bundle = this.fhir.newJsonParser().parseResource(Bundle.class, json);
		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		assertThat(bundle.getEntry().get(0).getResource().fhirType()).isEqualTo("Patient");
		assertThat(bundle.getEntry().stream().filter((e) -> e.getResource().fhirType().equals("Encounter")).count())
			.isEqualTo(30 + 18);

		ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(this.fhir),
				new InMemoryTerminologyServerValidationSupport(this.fhir),
				new CommonCodeSystemsTerminologyService(this.fhir));
		FhirValidator validator = this.fhir.newValidator();
		validator.registerValidatorModule(new FhirInstanceValidator(support));
		ValidationResult result = validator.validateWithResult(json);
		List<String> errors = result.getMessages()
			.stream()
			.filter((m) -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
			.map((SingleValidationMessage m) -> m.getLocationString() + ": " + m.getMessage())
			.toList();
		assertThat(errors).isEmpty();
		assertThat(validator
			.validateWithResult("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"fullUrl\":"
					+ "\"urn:uuid:1\",\"resource\":{\"resourceType\":\"Patient\",\"gender\":\"sometimes\"}}]}")
			.getMessages()
			.stream()
			.anyMatch((m) -> m.getSeverity() == ResultSeverityEnum.ERROR)).as("the validator does find errors")
			.isTrue();
	}

}
