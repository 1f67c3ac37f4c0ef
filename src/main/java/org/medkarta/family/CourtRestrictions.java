package org.medkarta.family;

import java.time.LocalDate;
import java.util.Optional;

import org.medkarta.identity.AccountId;

/**
 * Court restrictions of one guardian's rights over one child, as other modules ask about
 * them. A restriction is in force from its first day to its last (inclusive), unless
 * lifted: from the day it is lifted it no longer applies.
 */
public interface CourtRestrictions {

	/** Whether a restriction against this guardian and child is in force on the day. */
	boolean isRestricted(AccountId guardian, ChildId child, LocalDate on);

	/**
	 * The restriction in force on the day, as one line in Russian naming the court, the
	 * decision number and its date; empty when there is none.
	 */
	Optional<String> activeReason(AccountId guardian, ChildId child, LocalDate on);

}
