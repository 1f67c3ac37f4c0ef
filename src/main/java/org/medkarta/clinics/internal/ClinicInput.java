package org.medkarta.clinics.internal;

import org.medkarta.web.FormErrors;
import org.medkarta.web.Limits;

/**
 * Reads the text fields of the clinic forms; each error goes to its field.
 */
final class ClinicInput {

	private ClinicInput() {
	}

	/** Text the user must enter, stripped, at most {@code limit} characters. */
	static String text(String input, String field, int limit, String requiredKey, FormErrors errors) {
		if (input == null || input.isBlank()) {
			errors.reject(field, requiredKey);
			return null;
		}
		String text = input.strip();
		if (Limits.tooLong(text, limit)) {
			errors.reject(field, "validation.too-long", limit);
			return null;
		}
		return text;
	}

	/**
	 * Keeps what was typed for the form shown again, dropping what is too long to show.
	 */
	static String fit(String value, int limit) {
		return (value == null || value.length() > limit) ? "" : value;
	}

}
