package org.medkarta.core;

import java.io.Serializable;

/**
 * The code of the office that issued a passport: {@code NNN-NNN}.
 *
 * @param value the code with its hyphen
 */
public record IssuerCode(String value) implements Serializable {

	public IssuerCode {
		if (value == null || !value.matches("\\d{3}-\\d{3}")) {
			throw new InvalidValueException("validation.issuer-code.format");
		}
	}

	/** Accepts {@code 770-001} and {@code 770001}. */
	public static IssuerCode of(String input) {
		if (input == null || input.length() > 10) {
			throw new InvalidValueException("validation.issuer-code.format");
		}
		String clean = input.strip();
		if (!clean.matches("\\d{3}-?\\d{3}")) {
			throw new InvalidValueException("validation.issuer-code.format");
		}
		String digits = clean.replace("-", "");
		return new IssuerCode(digits.substring(0, 3) + "-" + digits.substring(3));
	}

}
