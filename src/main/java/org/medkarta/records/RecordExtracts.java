package org.medkarta.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.medkarta.family.ChildFacts;

/**
 * Extracts from a record: its entries of a period as a PDF laid out like the record's
 * own, headed as an extract for a purpose and closed by the name of the member of staff
 * who signed it off.
 */
public interface RecordExtracts {

	/**
	 * Draws the extract.
	 * @return the PDF, or {@code null} when the PDF bulkhead stayed full for 10 seconds
	 */
	byte[] extract(ChildFacts child, Extract extract, Locale locale);

	/**
	 * What heads and closes an extract.
	 *
	 * @param number the request's number, as the family sees it
	 * @param from the first day of the period
	 * @param to its last day
	 * @param purposeKey a message key naming what the extract is for
	 * @param clinic the clinic that issues it
	 * @param signedBy who signed it off, or {@code null} for a draft
	 * @param signedAt when, or {@code null} for a draft
	 */
	record Extract(String number, LocalDate from, LocalDate to, String purposeKey, String clinic, String signedBy,
			Instant signedAt) {
	}

}
