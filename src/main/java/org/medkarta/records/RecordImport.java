package org.medkarta.records;

import org.medkarta.clinics.ClinicId;

/**
 * The import path of clinics' systems, for callers inside the application (the demo data,
 * benchmarks): the same work as {@code POST /api/fhir/r4}, without HTTP.
 */
public interface RecordImport {

	/**
	 * Imports a FHIR R4 Bundle in JSON as the clinic's system would send it.
	 * @return the HTTP status the API would answer and its FHIR body
	 */
	Result importBundle(ClinicId clinic, String bundle);

	/**
	 * The answer.
	 *
	 * @param status the HTTP status
	 * @param body a Bundle response or an OperationOutcome, in JSON
	 */
	record Result(int status, String body) {
	}

}
