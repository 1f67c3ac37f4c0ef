package org.medkarta.identity;

import java.io.Serializable;
import java.util.Set;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in account, as controllers of every module receive it with
 * {@code @AuthenticationPrincipal}. Its name is the account id, never a phone or e-mail.
 *
 * @param id the account
 * @param roles the roles held at sign-in
 */
public record CurrentAccount(AccountId id, Set<Role> roles) implements AuthenticatedPrincipal, Serializable {

	public CurrentAccount {
		roles = Set.copyOf(roles);
	}

	@Override
	public String getName() {
		return this.id.toString();
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

}
