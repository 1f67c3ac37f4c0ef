package org.medkarta.core;

import java.io.Serializable;
import java.util.Locale;

/**
 * The series and number of a Russian birth certificate: the series is a Roman numeral in
 * Latin letters, a hyphen and two Cyrillic capitals ({@code II-МЮ}); the number is six
 * digits.
 *
 * @param series the series, e.g. {@code II-МЮ}
 * @param number the six digits
 */
public record BirthCertificateNumber(String series, String number) implements Serializable {

	private static final String ROMAN = "(?=[IVXLC])C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})";

	public BirthCertificateNumber {
		if (series == null || !series.matches(ROMAN + "-[А-ЯЁ]{2}")) {
			throw new InvalidValueException("validation.birth-certificate.series");
		}
		if (number == null || !number.matches("\\d{6}")) {
			throw new InvalidValueException("validation.birth-certificate.number");
		}
	}

	/**
	 * Series in any letter case and with spaces around the hyphen; number with spaces.
	 */
	public static BirthCertificateNumber of(String series, String number) {
		String cleanSeries = (series == null || series.length() > 20) ? ""
				: series.replaceAll("\\s", "").toUpperCase(Locale.forLanguageTag("ru"));
		String cleanNumber = (number == null || number.length() > 20) ? "" : number.replaceAll("\\s", "");
		return new BirthCertificateNumber(cleanSeries, cleanNumber);
	}

	public String display() {
		return this.series + " № " + this.number;
	}

}
