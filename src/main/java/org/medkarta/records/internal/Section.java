package org.medkarta.records.internal;

/**
 * Where an entry shows in the record.
 */
enum Section {

	/** Encounters. */
	VISITS,
	/** Conditions, shown with the visits. */
	DIAGNOSES,
	/** Laboratory observations. */
	LAB_RESULTS,
	/** Other observations: vital signs, surveys. */
	MEASUREMENTS,
	/** Diagnostic reports. */
	REPORTS,
	/** Medication requests. */
	PRESCRIPTIONS,
	/** Immunizations. */
	VACCINATIONS,
	/** Document references. */
	DOCUMENTS

}
