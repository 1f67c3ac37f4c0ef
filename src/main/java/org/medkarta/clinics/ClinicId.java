package org.medkarta.clinics;

import java.io.Serializable;
import java.util.UUID;

/**
 * Identifies a clinic between modules and in URLs.
 *
 * @param value the identifier
 */
public record ClinicId(UUID value) implements Serializable {

	public ClinicId {
		if (value == null) {
			throw new IllegalArgumentException("A clinic id needs a value");
		}
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
