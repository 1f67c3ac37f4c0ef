package org.medkarta.core;

import java.io.Serializable;
import java.math.BigInteger;

/**
 * The main state registration number of an organisation (ОГРН): 13 digits, the last a
 * check digit: the first twelve as a number, modulo 11, then modulo 10.
 *
 * @param value the 13 digits
 */
public record Ogrn(String value) implements Serializable {

	public Ogrn {
		if (value == null || !value.matches("\\d{13}")) {
			throw new InvalidValueException("validation.ogrn.format");
		}
		if (!checkDigitFor(value.substring(0, 12)).equals(value.substring(12))) {
			throw new InvalidValueException("validation.ogrn.check");
		}
	}

	public static Ogrn of(String input) {
		if (input == null || input.length() > 30) {
			throw new InvalidValueException("validation.ogrn.format");
		}
		return new Ogrn(input.replaceAll("\\s", ""));
	}

	/** The check digit for the first twelve digits. */
	public static String checkDigitFor(String twelveDigits) {
		return new BigInteger(twelveDigits).mod(BigInteger.valueOf(11)).mod(BigInteger.TEN).toString();
	}

}
