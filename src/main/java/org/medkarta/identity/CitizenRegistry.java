package org.medkarta.identity;

import java.util.Set;

/**
 * The state registry of citizens that confirms personal data. A port: the default adapter
 * reads a table that the demo data fills; a deployment plugs in the real registry.
 */
public interface CitizenRegistry {

	/**
	 * Compares the data with the registry's record of the person with that SNILS.
	 * @return the fields that differ; empty when everything matches
	 */
	Answer check(PersonalData data);

	/**
	 * The registry's answer.
	 *
	 * @param found whether the registry knows the SNILS at all
	 * @param mismatched the fields that differ, by the names of {@link PersonalData}
	 */
	record Answer(boolean found, Set<String> mismatched) {

		public Answer {
			mismatched = Set.copyOf(mismatched);
		}

		public boolean matches() {
			return this.found && this.mismatched.isEmpty();
		}

	}

}
