package org.medkarta.access;

/**
 * Why the access policy refuses, in the order it checks.
 */
public enum Denial {

	/** The account has not reached the CONFIRMED trust level. */
	NOT_CONFIRMED,
	/** The account is not linked to the child. */
	NOT_LINKED,
	/** The kinship is still being checked. */
	KINSHIP_PENDING,
	/** The kinship check was refused. */
	KINSHIP_REJECTED,
	/** A court restriction against this guardian and child is in force. */
	COURT_RESTRICTION,
	/** The child is of age. */
	ADULT,
	/** The child gained full legal capacity before 18. */
	FULL_CAPACITY,
	/** No approved grant. */
	NO_GRANT,
	/** The viewer is not on the staff of the clinic the child is attached to. */
	NOT_CLINIC_STAFF

}
