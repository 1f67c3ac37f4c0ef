package org.medkarta.backoffice;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.medkarta.core.EmailAddress;
import org.medkarta.core.PhoneNumber;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.Role;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.Outbox;
import org.medkarta.support.Phones;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the operators' back office is refused to everyone but operators:
 * citizens, clinic staff and administrators get 403, visitors are sent to sign in.
 */
@MedkartaTest
class OperatorPagesAuthorizationTests {

	private static final List<String> PAGES = List.of("/operator", "/operator?kind=kinship",
			"/operator/identity/" + UUID.randomUUID(), "/operator/kinship/" + UUID.randomUUID(),
			"/operator/restrictions", "/operator/restrictions/new", "/operator/capacity");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	private WebSession signedIn(Role role) {
		String phone = Phones.fresh();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					new CurrentAccount(new AccountId(UUID.randomUUID()), Set.of(Role.ADMIN)), null,
					List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			this.accounts.create(new Accounts.NewAccount(new PhoneNumber(phone),
					EmailAddress.of("auth" + phone.substring(3) + "@example.ru"), Set.of(role),
					org.medkarta.support.Accounts.PASSWORD));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		WebSession web = new WebSession(this.port);
		org.medkarta.support.Accounts.signIn(web, new Outbox(this.jdbc), phone, phone);
		return web;
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "CITIZEN", "CLINIC_STAFF", "CLINIC_ADMIN", "ADMIN" })
	void everyOperatorPageIsRefusedToOtherRoles(Role role) {
		WebSession web = signedIn(role);
		for (String page : PAGES) {
			assertThat(web.get(page).status()).as(role + " " + page).isEqualTo(403);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/operator", "/operator/restrictions", "/operator/capacity" })
	void visitorsAreSentToSignIn(String page) {
		assertThat(new WebSession(this.port).get(page).location()).isEqualTo("/signin");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/operator", "/operator/restrictions", "/operator/capacity" })
	void operatorsOpenThem(String page) {
		assertThat(signedIn(Role.OPERATOR).get(page).status()).isEqualTo(200);
	}

}
