package org.medkarta.identity;

import java.io.Serializable;
import java.util.UUID;

/**
 * Identifies an account between modules and in URLs.
 *
 * @param value the identifier
 */
public record AccountId(UUID value) implements Serializable {

	public AccountId {
		if (value == null) {
			throw new IllegalArgumentException("An account id needs a value");
		}
	}

	public static AccountId of(String value) {
		return new AccountId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
