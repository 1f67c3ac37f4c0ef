package org.medkarta.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.medkarta.core.EmailAddress;
import org.medkarta.core.InvalidValueException;
import org.medkarta.core.PhoneNumber;
import org.medkarta.web.FormErrors;
import org.medkarta.web.Limits;

/**
 * Reads the phone and e-mail fields of identity's forms: the value, or a message next to
 * the field saying what is missing or wrong.
 */
final class FormFields {

	private FormFields() {
	}

	/** The phone typed into {@code field}, or {@code null} with the error recorded. */
	static PhoneNumber phone(String input, FormErrors errors, String field) {
		if (input == null || input.isBlank()) {
			errors.reject(field, "validation.phone.required");
			return null;
		}
		try {
			return PhoneNumber.of(input);
		}
		catch (InvalidValueException ex) {
			errors.reject(field, ex.messageKey());
			return null;
		}
	}

	/** The e-mail typed into {@code field}, or {@code null} with the error recorded. */
	static EmailAddress email(String input, FormErrors errors, String field) {
		if (input == null || input.isBlank()) {
			errors.reject(field, "validation.email.required");
			return null;
		}
		if (Limits.tooLong(input, Limits.SHORT_TEXT)) {
			errors.reject(field, "validation.too-long", Limits.SHORT_TEXT);
			return null;
		}
		try {
			return EmailAddress.of(input);
		}
		catch (InvalidValueException ex) {
			errors.reject(field, ex.messageKey());
			return null;
		}
	}

	/**
	 * A value as typed, to show again in its field, or empty when it is too long to be
	 * one.
	 */
	static String echo(String input, int limit) {
		return (input == null || input.length() > limit) ? "" : input;
	}

	/** The SHA-256 of a text, in hex: how tokens and throttle keys are stored. */
	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
