package org.medkarta.notifications.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.Phones;
import org.medkarta.support.WebSession;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the SMS gateway unreachable, asking for a code answers a friendly 503 page.
 */
@MedkartaTest
class GatewaysDownTests {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void unreachableGateways(DynamicPropertyRegistry registry) throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		registry.add("medkarta.sms.url", () -> "http://127.0.0.1:" + closed + "/send");
		registry.add("medkarta.sms.token", () -> "token");
		registry.add("medkarta.mail.smtp-host", () -> "127.0.0.1");
		registry.add("medkarta.mail.smtp-port", () -> closed);
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.medkarta.identity.Accounts accounts;

	@Test
	void passwordResetReadsTheSameForKnownAndUnknownPhonesWhenTheGatewayIsDown() {
		String known = Phones.fresh();
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
				.authenticated(
						new org.medkarta.identity.CurrentAccount(
								new org.medkarta.identity.AccountId(java.util.UUID.randomUUID()),
								java.util.Set.of(org.medkarta.identity.Role.ADMIN)),
						null, java.util.List
							.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			this.accounts.create(new org.medkarta.identity.Accounts.NewAccount(org.medkarta.core.PhoneNumber.of(known),
					org.medkarta.core.EmailAddress.of("known@example.ru"),
					java.util.Set.of(org.medkarta.identity.Role.CITIZEN), "длинный пароль"));
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
		WebSession forKnown = new WebSession(this.port);
		forKnown.open("/password-reset");
		WebSession.Page knownPage = forKnown.post("/password-reset", Map.of("phone", known));
		WebSession forUnknown = new WebSession(this.port);
		forUnknown.open("/password-reset");
		WebSession.Page unknownPage = forUnknown.post("/password-reset", Map.of("phone", Phones.fresh()));
		assertThat(knownPage.status()).isEqualTo(unknownPage.status()).isEqualTo(302);
		assertThat(knownPage.location()).isEqualTo(unknownPage.location()).isEqualTo("/password-reset/confirm");
	}

	@Test
	void anUnreachableSmsGatewayGivesAFriendlyPage() {
		WebSession web = new WebSession(this.port);
		web.open("/register");
		WebSession.Page page = web.post("/register", Map.of("phone", Phones.fresh(), "email", "down@example.ru",
				"password", "длинный пароль", "passwordRepeat", "длинный пароль", "consent", "true"));
		assertThat(page.status()).isEqualTo(503);
		assertThat(page.text()).contains("Не удалось отправить сообщение").doesNotContain("Exception");
	}

}
