package org.medkarta.clinics;

import java.util.Optional;

/**
 * The keys with which a clinic's information system calls the portal's API.
 */
public interface ClinicApiKeys {

	/**
	 * The clinic a key belongs to, when the key exists and is not revoked; records its
	 * use.
	 */
	Optional<ClinicId> authenticate(String key);

}
