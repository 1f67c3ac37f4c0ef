package org.medkarta.family;

/**
 * What a court decided about a guardian's rights over a child (DOMAIN.md §3).
 */
public enum CourtRestrictionKind {

	/** Deprivation of parental rights, Family Code art. 69. */
	DEPRIVATION,
	/** Restriction of parental rights, Family Code arts. 73–74. */
	RESTRICTION,
	/** Any other court order limiting the guardian's access to the child. */
	OTHER_COURT_ORDER

}
