package org.medkarta;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application in the {@code prod} profile, every required setting given (the database
 * is the test run's own): secure cookies, HSTS behind a TLS proxy, no dev outbox, no demo
 * data.
 */
@MedkartaTest
@ActiveProfiles("prod")
@TestPropertySource(properties = { "MEDKARTA_DB_URL=set-by-the-test-database", "MEDKARTA_DB_USER=postgres",
		"MEDKARTA_SMTP_HOST=127.0.0.1", "MEDKARTA_SMS_URL=http://127.0.0.1:9/send", "MEDKARTA_SMS_TOKEN=token",
		"MEDKARTA_CODE_SECRET=0123456789abcdef0123456789abcdef", "MEDKARTA_BASE_URL=https://medkarta.example.ru" })
class ProductionModeTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void cookiesAreSecure() {
		WebSession.Page page = new WebSession(this.port).get("/signin");
		List<String> cookies = page.headers()
			.entrySet()
			.stream()
			.filter((e) -> e.getKey().equalsIgnoreCase("Set-Cookie"))
			.flatMap((e) -> e.getValue().stream())
			.toList();
		assertThat(cookies).anySatisfy((cookie) -> assertThat(cookie).startsWith("MEDKARTA_CSRF=").contains("Secure"));
	}

	@Test
	void httpsThroughTheProxyGetsHsts() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/signin"))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-For", "203.0.113.7")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				(value) -> assertThat(value).contains("max-age=31536000").contains("includeSubDomains"));
	}

	@Test
	void thereIsNoDevOutbox() {
		WebSession web = new WebSession(this.port);
		WebSession.Page page = web.get("/dev/outbox");
		assertThat(page.status()).isNotEqualTo(200);
		assertThat(page.location()).isEqualTo("/signin");
		assertThat(web.get("/dev/outbox.json").status()).isNotEqualTo(200);
		assertThat(this.context.containsBean("devOutboxController")).isFalse();
	}

	@Test
	void noDemoDataIsLoaded() {
		assertThat(this.context.containsBean("demoDataLoader")).isFalse();
		assertThat(this.context.containsBean("embeddedPostgresStarter")).isFalse();
	}

}
