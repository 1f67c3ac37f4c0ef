package org.medkarta.identity;

/**
 * Fills the table behind the default {@link CitizenRegistry} adapter. Used by the demo
 * data and by deployments that load an extract of the registry; a deployment with the
 * real registry does not need it.
 */
public interface RegistryEntries {

	/** Adds or replaces the registry's record of the person with this SNILS. */
	void put(PersonalData person);

}
