package org.medkarta.family;

/**
 * How a minor gained full legal capacity before 18 (DOMAIN.md §5).
 */
public enum LegalCapacityKind {

	/** Declared fully capable, Civil Code art. 27 (from 16). */
	EMANCIPATION,
	/** Married before 18, Civil Code art. 21 part 2. */
	MARRIAGE

}
