package org.medkarta.family;

import java.time.LocalDate;
import java.util.List;
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

	/**
	 * Every guardian and child with a restriction in force on the day, for those who
	 * bring their own records in line (a restriction recorded ahead of its first day).
	 */
	List<Restricted> inForce(LocalDate on);

	/**
	 * A guardian restricted over a child.
	 *
	 * @param guardian the guardian
	 * @param child the child
	 */
	record Restricted(AccountId guardian, ChildId child) {
	}

}
