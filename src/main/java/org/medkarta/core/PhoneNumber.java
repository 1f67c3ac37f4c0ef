package org.medkarta.core;

import java.io.Serializable;

/**
 * A Russian mobile phone number, kept as {@code +79XXXXXXXXX}. Accepts the ways people
 * write it: {@code +7 (912) 345-67-89}, {@code 8 912 345 67 89}, {@code 79123456789}.
 *
 * @param value the normalised number
 */
public record PhoneNumber(String value) implements Serializable {

	private static final char NBSP = '\u00a0';

	private static final char NO_BREAK_HYPHEN = '\u2011';

	public PhoneNumber {
		if (value == null || !value.matches("\\+79\\d{9}")) {
			throw new InvalidValueException("validation.phone.format");
		}
	}

	public static PhoneNumber of(String input) {
		if (input == null || input.length() > 32) {
			throw new InvalidValueException("validation.phone.format");
		}
		String trimmed = input.strip();
		if (!trimmed.matches("[+\\d\\s()\\-]*")) {
			throw new InvalidValueException("validation.phone.format");
		}
		String digits = trimmed.replaceAll("\\D", "");
		if (digits.length() == 11 && (digits.startsWith("7") || (digits.startsWith("8") && !trimmed.startsWith("+")))) {
			return new PhoneNumber("+7" + digits.substring(1));
		}
		if (digits.length() == 10 && !trimmed.startsWith("+")) {
			return new PhoneNumber("+7" + digits);
		}
		throw new InvalidValueException("validation.phone.format");
	}

	public static boolean looksLikePhone(String input) {
		return input != null && !input.contains("@") && input.matches(".*\\d.*");
	}

	/** The number as people read it, kept on one line: {@code +7 912 345-67-89}. */
	public String display() {
		return "+7" + NBSP + this.value.substring(2, 5) + NBSP + this.value.substring(5, 8) + NO_BREAK_HYPHEN
				+ this.value.substring(8, 10) + NO_BREAK_HYPHEN + this.value.substring(10);
	}

	/**
	 * The number with most digits hidden, for pages and logs: {@code +7 ••• •••-••-89}.
	 */
	public String masked() {
		return "+7" + NBSP + "•••" + NBSP + "•••" + NO_BREAK_HYPHEN + "••" + NO_BREAK_HYPHEN + this.value.substring(10);
	}

	@Override
	public String toString() {
		return masked();
	}

}
