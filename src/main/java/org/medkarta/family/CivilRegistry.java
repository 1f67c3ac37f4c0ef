package org.medkarta.family;

import java.util.Optional;

import org.medkarta.core.Snils;

/**
 * The civil registry of births. A port: the default adapter reads a table the demo data
 * fills; a deployment plugs in the real registry.
 */
public interface CivilRegistry {

	Optional<BirthRecord> birthRecordOf(Snils child);

}
