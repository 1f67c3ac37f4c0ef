package org.medkarta.clinics.internal;

import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.Role;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: the signed-in account and the roles Spring Security checks, read from
 * the security context of the current thread.
 */
final class Callers {

	private Callers() {
	}

	/** The signed-in account; refused when there is none. */
	static CurrentAccount current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentAccount account) {
			return account;
		}
		throw new AuthenticationCredentialsNotFoundException("No signed-in account");
	}

	/** Whether the caller holds the role as an authority, as {@code hasRole} sees it. */
	static boolean holds(Role role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(role.authority()::equals);
	}

}
