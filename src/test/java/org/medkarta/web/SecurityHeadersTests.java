package org.medkarta.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medkarta.support.Accounts;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.Outbox;
import org.medkarta.support.Phones;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY.md §5: headers on every response, cookies, CSRF, no caching of personal pages.
 */
@MedkartaTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/signin", "/register", "/password-reset", "/profile", "/no-such-page",
			"/css/medkarta.css", "/actuator/health", "/dev/outbox" })
	void everyResponseSendsTheSecurityHeaders(String path) {
		WebSession.Page page = new WebSession(this.port).get(path);
		String csp = page.header("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("object-src 'none'")
			.contains("frame-ancestors 'none'")
			.contains("base-uri 'none'")
			.contains("script-src 'self'")
			.doesNotContain("unsafe-inline");
		assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
		assertThat(page.header("X-Frame-Options")).contains("DENY");
	}

	@Test
	void pagesWithPersonalDataAreNeverCached() {
		WebSession web = new WebSession(this.port);
		String phone = Phones.fresh();
		Accounts.register(web, new Outbox(this.jdbc), phone, "nostore" + phone.substring(3) + "@example.ru");
		for (String path : new String[] { "/profile", "/notifications", "/", "/services/records", "/family" }) {
			WebSession.Page page = web.get(path);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.header("Cache-Control"))
				.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		}
	}

	@Test
	void pagesForVisitorsNeedNoServerSession() {
		WebSession.Page page = new WebSession(this.port).get("/signin");
		assertThat(setCookies(page)).noneMatch((value) -> value.startsWith("MEDKARTA_SESSION="))
			.anySatisfy((value) -> assertThat(value).startsWith("MEDKARTA_CSRF=")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSite() {
		WebSession web = new WebSession(this.port);
		web.get("/register");
		WebSession.Page page = web.post("/register", Map.of("phone", Phones.fresh(), "email", "cookie@example.ru",
				"password", "длинный пароль", "passwordRepeat", "длинный пароль", "consent", "true"));
		assertThat(setCookies(page)).anySatisfy((value) -> assertThat(value).startsWith("MEDKARTA_SESSION=")
			.contains("HttpOnly")
			.contains("SameSite=Lax"));
	}

	private static java.util.List<String> setCookies(WebSession.Page page) {
		return page.headers()
			.entrySet()
			.stream()
			.filter((e) -> e.getKey().equalsIgnoreCase("Set-Cookie"))
			.flatMap((e) -> e.getValue().stream())
			.toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/signin", "/signin/code", "/signin/resend", "/register", "/register/confirm",
			"/register/resend", "/password-reset", "/password-reset/confirm", "/signout", "/language", "/email/confirm",
			"/notifications/read-all", "/notifications/00000000-0000-0000-0000-000000000000/read", "/profile/phone",
			"/profile/phone/confirm", "/profile/email", "/profile/email/resend", "/admin/accounts" })
	void stateChangingRequestsWithoutACsrfTokenFail(String path) {
		WebSession web = new WebSession(this.port);
		web.get("/signin");
		WebSession.Page page = web.postRaw(path, Map.of("identifier", "+79120000000", "password", "whatever1"));
		assertThat(page.status()).isEqualTo(403);
		assertThat(page.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void aWrongCsrfTokenFailsToo() {
		WebSession web = new WebSession(this.port);
		web.get("/signin");
		WebSession.Page page = web.postRaw("/signin",
				Map.of("identifier", "+79120000000", "password", "whatever1", "_csrf", "forged"));
		assertThat(page.status()).isEqualTo(403);
	}

	@Test
	void everyAssetComesFromTheAppItself() {
		String body = new WebSession(this.port).get("/signin").body();
		assertThat(body).doesNotContainPattern("(src|href)=\"(https?:)?//");
		assertThat(new WebSession(this.port).get("/webjars/htmx.org/dist/htmx.min.js").status()).isEqualTo(200);
	}

	@Test
	void actuatorBeyondHealthIsForAdministratorsOnly() {
		assertThat(new WebSession(this.port).get("/actuator/health").body()).contains("UP");
		assertThat(new WebSession(this.port).get("/actuator/metrics").location()).contains("/signin");
	}

}
