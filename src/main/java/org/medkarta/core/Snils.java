package org.medkarta.core;

import java.io.Serializable;

/**
 * A SNILS, the personal insurance account number, kept as 11 digits and shown as
 * {@code NNN-NNN-NNN NN}. Numbers above 001-001-998 carry a check number (DOMAIN.md §2):
 * the nine digits weighted 9 down to 1 and summed; below 100 the sum is the check, 100
 * and 101 give 00, above 101 the sum modulo 101, with 100 again giving 00.
 *
 * @param value the 11 digits
 */
public record Snils(String value) implements Serializable {

	/** Numbers up to this one were issued before check numbers existed. */
	static final int LAST_WITHOUT_CHECK = 1_001_998;

	public Snils {
		if (value == null || !value.matches("\\d{11}")) {
			throw new InvalidValueException("validation.snils.format");
		}
		int number = Integer.parseInt(value.substring(0, 9));
		if (number > LAST_WITHOUT_CHECK && checkFor(value.substring(0, 9)) != Integer.parseInt(value.substring(9))) {
			throw new InvalidValueException("validation.snils.check");
		}
	}

	/** Accepts {@code 112-233-445 95}, {@code 11223344595} and spacing in between. */
	public static Snils of(String input) {
		if (input == null || input.length() > 20 || !input.strip().matches("[\\d\\s-]+")) {
			throw new InvalidValueException("validation.snils.format");
		}
		return new Snils(input.replaceAll("[\\s-]", ""));
	}

	/** The check number of nine digits. */
	public static int checkFor(String nineDigits) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (nineDigits.charAt(i) - '0') * (9 - i);
		}
		if (sum < 100) {
			return sum;
		}
		if (sum == 100 || sum == 101) {
			return 0;
		}
		int rest = sum % 101;
		return (rest == 100) ? 0 : rest;
	}

	/** {@code NNN-NNN-NNN NN}. */
	public String display() {
		return this.value.substring(0, 3) + "-" + this.value.substring(3, 6) + "-" + this.value.substring(6, 9) + " "
				+ this.value.substring(9);
	}

	@Override
	public String toString() {
		return "Snils[•••-•••-••• " + this.value.substring(9) + "]";
	}

}
