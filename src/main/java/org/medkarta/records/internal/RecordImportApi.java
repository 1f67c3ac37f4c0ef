package org.medkarta.records.internal;

import ca.uhn.fhir.context.FhirContext;
import org.medkarta.clinics.ClinicId;
import org.medkarta.records.RecordImport;

import org.springframework.stereotype.Service;

@Service
class RecordImportApi implements RecordImport {

	private final FhirImport imports;

	private final FhirContext fhir;

	RecordImportApi(FhirImport imports, FhirContext fhir) {
		this.imports = imports;
		this.fhir = fhir;
	}

	@Override
	public Result importBundle(ClinicId clinic, String bundle) {
		FhirImport.Result result = this.imports.importBundle(clinic, bundle);
		return new Result(result.status(), this.fhir.newJsonParser().encodeResourceToString(result.resource()));
	}

}
