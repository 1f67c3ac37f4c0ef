package org.medkarta.support;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.medkarta.core.EmailAddress;
import org.medkarta.core.PhoneNumber;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Accounts an administrator creates (operators, clinic staff, administrators), made
 * through the same {@code Accounts.create} API the admin page uses.
 */
public final class Staff {

	private Staff() {
	}

	/** Creates an account with the role and the test password; returns its phone. */
	public static String create(org.medkarta.identity.Accounts accounts, Role role) {
		String phone = Phones.fresh();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					new CurrentAccount(new AccountId(UUID.randomUUID()), Set.of(Role.ADMIN)), null,
					List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
		try {
			accounts.create(new org.medkarta.identity.Accounts.NewAccount(new PhoneNumber(phone),
					EmailAddress.of("staff" + phone.substring(3) + "@example.ru"), Set.of(role), Accounts.PASSWORD));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return phone;
	}

	/** Creates an account with the role and signs it in through the pages. */
	public static WebSession signedIn(org.medkarta.identity.Accounts accounts, Role role, int port, Outbox outbox) {
		String phone = create(accounts, role);
		WebSession web = new WebSession(port);
		Accounts.signIn(web, outbox, phone, phone);
		return web;
	}

}
