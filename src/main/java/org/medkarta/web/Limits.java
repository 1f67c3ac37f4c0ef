package org.medkarta.web;

/**
 * Lengths past which a text field is refused with a message before anything else looks at
 * it.
 */
public final class Limits {

	public static final int SHORT_TEXT = 254;

	public static final int LONG_TEXT = 4000;

	private Limits() {
	}

	public static boolean tooLong(String value, int limit) {
		return value != null && value.length() > limit;
	}

}
