package org.medkarta.family.internal;

import java.time.LocalDate;

import org.medkarta.core.Snils;
import org.medkarta.family.CourtRestrictionKind;
import org.medkarta.web.FormErrors;

/**
 * The form «Записать ограничение» as posted.
 *
 * @param childSnils the child's SNILS
 * @param guardianSnils the guardian's SNILS
 * @param kind a {@link CourtRestrictionKind} name
 * @param court the court's name
 * @param decisionNumber the decision number
 * @param decisionDate ISO date
 * @param validFrom ISO date
 * @param validUntil ISO date or empty
 */
record RestrictionForm(String childSnils, String guardianSnils, String kind, String court, String decisionNumber,
		String decisionDate, String validFrom, String validUntil) {

	static final int COURT_LIMIT = 300;

	static final int NUMBER_LIMIT = 60;

	static RestrictionForm empty() {
		return new RestrictionForm("", "", "", "", "", "", "", "");
	}

	/** The restriction, or null when a field is wrong; each error is at its field. */
	NewRestriction parse(LocalDate today, FormErrors errors) {
		Snils child = OperatorInput.snils(this.childSnils, "childSnils", errors);
		Snils guardian = OperatorInput.snils(this.guardianSnils, "guardianSnils", errors);
		CourtRestrictionKind chosen = OperatorInput.choice(CourtRestrictionKind.class, this.kind, "kind",
				"family.restriction.kind.required", errors);
		String courtName = OperatorInput.text(this.court, "court", COURT_LIMIT, "family.restriction.court.required",
				errors);
		String number = OperatorInput.text(this.decisionNumber, "decisionNumber", NUMBER_LIMIT,
				"family.restriction.number.required", errors);
		LocalDate decided = OperatorInput.pastDate(this.decisionDate, "decisionDate", today, errors);
		LocalDate from = OperatorInput.date(this.validFrom, "validFrom", errors);
		if (from != null && decided != null && from.isBefore(decided)) {
			errors.reject("validFrom", "family.restriction.valid-from.before-decision");
		}
		LocalDate until = OperatorInput.optionalDate(this.validUntil, "validUntil", errors);
		if (until != null && from != null && until.isBefore(from)) {
			errors.reject("validUntil", "family.restriction.valid-until.before-from");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new NewRestriction(child, guardian, chosen, courtName, number, decided, from, until);
	}

	RestrictionForm forDisplay() {
		return new RestrictionForm(OperatorInput.fit(this.childSnils, 20), OperatorInput.fit(this.guardianSnils, 20),
				OperatorInput.fit(this.kind, 20), OperatorInput.fit(this.court, COURT_LIMIT),
				OperatorInput.fit(this.decisionNumber, NUMBER_LIMIT), OperatorInput.fit(this.decisionDate, 10),
				OperatorInput.fit(this.validFrom, 10), OperatorInput.fit(this.validUntil, 10));
	}

}
