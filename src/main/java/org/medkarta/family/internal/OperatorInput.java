package org.medkarta.family.internal;

import java.time.LocalDate;

import org.medkarta.core.InvalidValueException;
import org.medkarta.core.Snils;
import org.medkarta.web.FormDates;
import org.medkarta.web.FormErrors;
import org.medkarta.web.Limits;

/**
 * Reads the fields of the operator's family forms; each error goes to its field.
 */
final class OperatorInput {

	private OperatorInput() {
	}

	static Snils snils(String input, String field, FormErrors errors) {
		try {
			return Snils.of(input);
		}
		catch (InvalidValueException ex) {
			errors.reject(field, ex.messageKey());
			return null;
		}
	}

	/** A date the user must enter. */
	static LocalDate date(String input, String field, FormErrors errors) {
		return FormDates.parse(input, field, errors);
	}

	/** A date the user may leave empty: null then. */
	static LocalDate optionalDate(String input, String field, FormErrors errors) {
		return FormDates.parseOptional(input, field, errors);
	}

	/** A date not after today. */
	static LocalDate pastDate(String input, String field, LocalDate today, FormErrors errors) {
		LocalDate date = date(input, field, errors);
		if (date != null && date.isAfter(today)) {
			errors.reject(field, "validation.date.future");
			return null;
		}
		return date;
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

	/** An enum constant by name, or null with the error. */
	static <E extends Enum<E>> E choice(Class<E> type, String input, String field, String requiredKey,
			FormErrors errors) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(input)) {
				return constant;
			}
		}
		errors.reject(field, requiredKey);
		return null;
	}

	/**
	 * Keeps what was typed for the form shown again, dropping what is too long to show.
	 */
	static String fit(String value, int limit) {
		return (value == null || value.length() > limit) ? "" : value;
	}

}
