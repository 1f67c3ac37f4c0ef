package org.medkarta.records.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.r4.model.OperationOutcome;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/fhir/r4}: a clinic's system sends a FHIR R4 Bundle (JSON).
 */
@RestController
class FhirImportController {

	/** The largest bundle accepted. */
	static final int MAX_BYTES = 20 * 1024 * 1024;

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

	private final FhirImport imports;

	private final FhirContext fhir;

	FhirImportController(FhirImport imports, FhirContext fhir) {
		this.imports = imports;
		this.fhir = fhir;
	}

	@PostMapping("/api/fhir/r4")
	ResponseEntity<String> receive(@AuthenticationPrincipal ClinicSystem system, HttpServletRequest request)
			throws IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			return answer(413, FhirImport.outcome(OperationOutcome.IssueType.TOOLONG, "Bundle",
					"A bundle may be at most " + (MAX_BYTES / 1024 / 1024) + " MB"));
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(MAX_BYTES + 1);
		}
		if (body.length > MAX_BYTES) {
			return answer(413, FhirImport.outcome(OperationOutcome.IssueType.TOOLONG, "Bundle",
					"A bundle may be at most " + (MAX_BYTES / 1024 / 1024) + " MB"));
		}
		FhirImport.Result result;
		try {
			result = this.imports.importBundle(system.clinic(), new String(body, StandardCharsets.UTF_8));
		}
		catch (TransientDataAccessException ex) {
			// The database gave up on the bundle's transaction, typically a deadlock with
			// another import: all of it was rolled back, and the same bundle sent again
			// will go through.
			return ResponseEntity.status(503)
				.header(HttpHeaders.RETRY_AFTER, "1")
				.contentType(FHIR_JSON)
				.body(this.fhir.newJsonParser()
					.encodeResourceToString(FhirImport.outcome(OperationOutcome.IssueType.TRANSIENT, "Bundle",
							"The bundle met another import of the same records at the same moment and "
									+ "nothing of it was stored; send it again")));
		}
		return answer(result.status(), result.resource());
	}

	private ResponseEntity<String> answer(int status, org.hl7.fhir.r4.model.Resource resource) {
		return ResponseEntity.status(status)
			.contentType(FHIR_JSON)
			.body(this.fhir.newJsonParser().encodeResourceToString(resource));
	}

}
