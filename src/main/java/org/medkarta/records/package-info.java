/**
 * Each person's medical record, keyed by SNILS: what clinics send through the FHIR import
 * API, and the family's view of it.
 */
package org.medkarta.records;
