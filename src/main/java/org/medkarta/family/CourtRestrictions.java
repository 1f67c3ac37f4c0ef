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
	 * The guardians and children of restrictions that came into force between the two
	 * days (inclusive) and are in force on the last, for those who act on a restriction
	 * recorded ahead of its first day.
	 */
	List<Restricted> startedBetween(LocalDate from, LocalDate to);

	/**
	 * A guardian restricted over a child.
	 *
	 * @param guardian the guardian
	 * @param child the child
	 */
	record Restricted(AccountId guardian, ChildId child) {
	}

}
