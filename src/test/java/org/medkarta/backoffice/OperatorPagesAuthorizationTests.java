package org.medkarta.backoffice;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.Role;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.Outbox;
import org.medkarta.support.Staff;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

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
		return Staff.signedIn(this.accounts, role, this.port, new Outbox(this.jdbc));
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
