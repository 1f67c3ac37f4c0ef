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
