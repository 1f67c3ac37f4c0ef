package org.medkarta.family.internal;

import java.time.LocalDate;

import org.medkarta.core.Snils;
import org.medkarta.family.CourtRestrictionKind;

/**
 * A court restriction as an operator enters it, checked field by field.
 *
 * @param child the child's SNILS
 * @param guardian the SNILS in the restricted guardian's personal data
 * @param kind what the court decided
 * @param court the court's name
 * @param decisionNumber the number of the decision
 * @param decisionDate the date of the decision
 * @param validFrom the first day in force
 * @param validUntil the last day in force, or {@code null}
 */
record NewRestriction(Snils child, Snils guardian, CourtRestrictionKind kind, String court, String decisionNumber,
		LocalDate decisionDate, LocalDate validFrom, LocalDate validUntil) {
}
