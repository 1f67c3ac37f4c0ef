package org.medkarta.identity;

/**
 * How far an account holder has proven who they are (DOMAIN.md §2).
 */
public enum TrustLevel {

	/** Phone confirmed. */
	SIMPLIFIED,
	/** Personal data matched by the citizen registry. */
	STANDARD,
	/** Passport checked by an operator. */
	CONFIRMED;

	public boolean atLeast(TrustLevel other) {
		return compareTo(other) >= 0;
	}

}
