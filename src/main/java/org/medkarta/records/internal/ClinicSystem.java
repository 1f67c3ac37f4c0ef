package org.medkarta.records.internal;

import org.medkarta.clinics.ClinicId;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * A clinic's information system, signed in with its API key for one request.
 *
 * @param clinic the clinic whose key it used
 */
record ClinicSystem(ClinicId clinic) implements AuthenticatedPrincipal {

	static final String AUTHORITY = "ROLE_CLINIC_SYSTEM";

	@Override
	public String getName() {
		return "clinic-system:" + this.clinic;
	}

}
