package org.medkarta.identity;

/**
 * What an account may do. A person may hold several roles.
 */
public enum Role {

	CITIZEN, OPERATOR, CLINIC_STAFF, CLINIC_ADMIN, ADMIN;

	/** The authority name Spring Security checks with {@code hasRole}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
