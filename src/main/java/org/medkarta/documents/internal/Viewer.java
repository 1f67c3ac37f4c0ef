package org.medkarta.documents.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.medkarta.documents.Audience;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who asks for a document: an account and the audiences it belongs to. Read from Spring
 * Security's {@link Authentication} alone (the principal's name is the account id, roles
 * are {@code ROLE_} authorities), so that documents needs no type of identity, which
 * stores its uploads here.
 *
 * @param account the signed-in account
 * @param audiences the keys of the audiences it belongs to
 */
record Viewer(UUID account, Set<String> audiences) {

	/** The authority of identity's role OPERATOR. */
	static final String OPERATOR = "ROLE_OPERATOR";

	Viewer {
		audiences = Set.copyOf(audiences);
	}

	/**
	 * The signed-in account, or empty for a visitor or a principal that is no account.
	 */
	static Optional<Viewer> of(Authentication authentication) {
		Optional<UUID> account = accountOf(authentication);
		if (account.isEmpty()) {
			return Optional.empty();
		}
		boolean operator = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(OPERATOR::equals);
		return Optional.of(new Viewer(account.get(), operator ? Set.of(Audience.operators().key()) : Set.of()));
	}

	static Optional<UUID> accountOf(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken
				|| !(authentication.getPrincipal() instanceof AuthenticatedPrincipal principal)) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(principal.getName()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
