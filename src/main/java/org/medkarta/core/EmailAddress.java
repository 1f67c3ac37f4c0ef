package org.medkarta.core;

import java.io.Serializable;
import java.util.Locale;

/**
 * An e-mail address, kept in lower case. The check is deliberately plain: one {@code @},
 * a dot in the domain, no spaces, at most 254 characters. Whether the address exists is
 * proven by the confirmation link, not by a pattern.
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) implements Serializable {

	public EmailAddress {
		if (value == null || value.length() > 254
				|| !value.matches("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s.\\p{Cntrl}]+(\\.[^@\\s.\\p{Cntrl}]+)+")
				|| !value.equals(value.toLowerCase(Locale.ROOT))) {
			throw new InvalidValueException("validation.email.format");
		}
	}

	public static EmailAddress of(String input) {
		if (input == null) {
			throw new InvalidValueException("validation.email.format");
		}
		return new EmailAddress(input.strip().toLowerCase(Locale.ROOT));
	}

	/** The address with the local part hidden: {@code i•••@example.ru}. */
	public String masked() {
		int at = this.value.indexOf('@');
		return this.value.charAt(0) + "•••" + this.value.substring(at);
	}

	@Override
	public String toString() {
		return masked();
	}

}
