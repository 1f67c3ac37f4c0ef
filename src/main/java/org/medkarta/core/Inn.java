package org.medkarta.core;

import java.io.Serializable;

/**
 * A personal INN: 12 digits, the last two check digits (DOMAIN.md §2).
 *
 * @param value the 12 digits
 */
public record Inn(String value) implements Serializable {

	private static final int[] FIRST = { 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };

	private static final int[] SECOND = { 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };

	public Inn {
		if (value == null || !value.matches("\\d{12}")) {
			throw new InvalidValueException("validation.inn.format");
		}
		if (check(value, FIRST) != value.charAt(10) - '0' || check(value, SECOND) != value.charAt(11) - '0') {
			throw new InvalidValueException("validation.inn.check");
		}
	}

	public static Inn of(String input) {
		if (input == null || input.length() > 20) {
			throw new InvalidValueException("validation.inn.format");
		}
		return new Inn(input.replaceAll("\\s", ""));
	}

	/** The two check digits for the first ten digits. */
	public static String checkDigitsFor(String tenDigits) {
		int first = check(tenDigits, FIRST);
		int second = check(tenDigits + first, SECOND);
		return "" + first + second;
	}

	private static int check(String digits, int[] weights) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += (digits.charAt(i) - '0') * weights[i];
		}
		return sum % 11 % 10;
	}

	@Override
	public String toString() {
		return "Inn[••••••••••" + this.value.substring(10) + "]";
	}

}
