package org.medkarta.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads a date typed into a form's date field ({@code yyyy-MM-dd}, as browsers send it),
 * or records what is wrong with it next to the field.
 */
public final class FormDates {

	private FormDates() {
	}

	/** The date, or {@code null} with the error recorded under {@code field}. */
	public static LocalDate parse(String input, String field, FormErrors errors) {
		if (input == null || input.isBlank()) {
			errors.reject(field, "validation.date.required");
			return null;
		}
		return parseOptional(input, field, errors);
	}

	/** A date the form may leave empty: {@code null} then, without an error. */
	public static LocalDate parseOptional(String input, String field, FormErrors errors) {
		if (input == null || input.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(input.strip());
			if (date.getYear() < 1900 || date.getYear() > 2999) {
				errors.reject(field, "validation.date.format");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			errors.reject(field, "validation.date.format");
			return null;
		}
	}

}
