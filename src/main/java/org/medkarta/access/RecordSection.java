package org.medkarta.access;

/**
 * The parts of a child's record a viewer may ask for.
 */
public enum RecordSection {

	OVERVIEW, VISITS, LAB_RESULTS, PRESCRIPTIONS, VACCINATIONS, DOCUMENTS

}
