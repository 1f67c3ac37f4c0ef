package org.medkarta.family;

import java.io.Serializable;
import java.util.UUID;

/**
 * Identifies a child between modules and in URLs. A child is one person, whichever
 * guardian linked them.
 *
 * @param value the identifier
 */
public record ChildId(UUID value) implements Serializable {

	public ChildId {
		if (value == null) {
			throw new IllegalArgumentException("A child id needs a value");
		}
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
