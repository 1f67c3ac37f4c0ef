package org.medkarta.core;

import java.io.Serializable;

/**
 * The series (4 digits) and number (6 digits) of a Russian internal passport, shown as
 * {@code 45 06 123456}.
 *
 * @param series the four digits of the series
 * @param number the six digits of the number
 */
public record PassportNumber(String series, String number) implements Serializable {

	public PassportNumber {
		if (series == null || !series.matches("\\d{4}")) {
			throw new InvalidValueException("validation.passport.series");
		}
		if (number == null || !number.matches("\\d{6}")) {
			throw new InvalidValueException("validation.passport.number");
		}
	}

	/** Series and number as typed, spaces ignored. */
	public static PassportNumber of(String series, String number) {
		return new PassportNumber(digits(series, 10), digits(number, 12));
	}

	private static String digits(String input, int limit) {
		if (input == null || input.length() > limit * 2) {
			return "";
		}
		return input.replaceAll("\\s", "");
	}

	public String display() {
		return this.series.substring(0, 2) + " " + this.series.substring(2) + " " + this.number;
	}

	@Override
	public String toString() {
		return "PassportNumber[•• •• ••••" + this.number.substring(4) + "]";
	}

}
