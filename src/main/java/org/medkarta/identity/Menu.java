package org.medkarta.identity;

import java.util.HashSet;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which parts of the navigation the signed-in person sees, worked out once per page
 * ({@code @menu.current} in the Thymeleaf layout, {@link #current()} for the record's
 * compiled pages) instead of one security expression per link. It only hides links: every
 * page checks its own roles.
 */
@Component("menu")
public class Menu {

	/** What the navigation shows. */
	public record Shown(boolean signedIn, boolean operator, boolean admin, boolean clinic, boolean clinicAdmin) {
	}

	private static final Shown ANONYMOUS = new Shown(false, false, false, false, false);

	public Shown current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		Set<String> roles = new HashSet<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			roles.add(authority.getAuthority());
		}
		boolean clinicAdmin = roles.contains(Role.CLINIC_ADMIN.authority());
		return new Shown(true, roles.contains(Role.OPERATOR.authority()), roles.contains(Role.ADMIN.authority()),
				clinicAdmin || roles.contains(Role.CLINIC_STAFF.authority()), clinicAdmin);
	}

}
