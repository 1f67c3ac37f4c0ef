package org.medkarta.documents;

import java.io.Serializable;
import java.util.UUID;

/**
 * Identifies a stored document between modules and in URLs.
 *
 * @param value the identifier
 */
public record DocumentId(UUID value) implements Serializable {

	public DocumentId {
		if (value == null) {
			throw new IllegalArgumentException("A document id needs a value");
		}
	}

	public static DocumentId of(String value) {
		return new DocumentId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
