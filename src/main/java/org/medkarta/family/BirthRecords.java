package org.medkarta.family;

/**
 * Fills the table behind the default {@link CivilRegistry} adapter (demo data, or an
 * extract a deployment loads).
 */
public interface BirthRecords {

	void put(BirthRecord record);

}
