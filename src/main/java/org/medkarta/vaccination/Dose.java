package org.medkarta.vaccination;

import java.time.LocalDate;
import java.time.Period;

/**
 * One dose of the national calendar.
 *
 * @param disease what it protects against
 * @param label V1, V2, RV1 … as the calendar writes it
 * @param age the age at which the calendar gives it
 * @param interval the least time after the previous dose of the same disease, or
 * {@code null} for a first dose
 * @param who whom it is for
 * @param until the age after which it is no longer given, or {@code null}
 * @param vaccine how the portal names it
 */
public record Dose(Disease disease, String label, Period age, Period interval, Who who, Period until, String vaccine) {

	/** Whom a dose is for. */
	public enum Who {

		/** Every child. */
		ALL,
		/** Children of risk groups only. */
		RISK,
		/** Children outside the risk groups (the risk groups follow another scheme). */
		OTHER;

		boolean includes(boolean riskGroup) {
			return this == ALL || (this == RISK) == riskGroup;
		}

	}

	/** The day the calendar gives it to someone born on that day. */
	public LocalDate dueOn(LocalDate born) {
		return born.plus(this.age);
	}

}
