package org.medkarta.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
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
 * The layout, the language switch and friendly answers to bad requests.
 */
@MedkartaTest
class PagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void russianByDefaultEnglishOnRequestAndRemembered() {
		WebSession web = new WebSession(this.port).acceptLanguage("en-US,en;q=0.9");
		assertThat(web.open("/signin").text()).contains("Вход").contains("Пароль");
		assertThat(web.submit("/language", Map.of("lang", "en", "return", "/signin")).text()).contains("Sign in")
			.contains("Password");
		assertThat(web.open("/register").text()).contains("Register").contains("Mobile phone");
		assertThat(web.cookie("MEDKARTA_LANG")).contains("en");
		assertThat(web.submit("/language", Map.of("lang", "ru", "return", "/register")).text()).contains("Регистрация");
	}

	@Test
	void theLanguageSwitchReturnsOnlyToThisSite() {
		WebSession web = new WebSession(this.port);
		web.open("/signin");
		assertThat(web.post("/language", Map.of("lang", "en", "return", "//evil.example/x")).location()).isEqualTo("/");
		web.open("/signin");
		assertThat(web.post("/language", Map.of("lang", "en", "return", "https://evil.example")).location())
			.isEqualTo("/");
	}

	@Test
	void theLanguageSwitchOnAPageShownAfterAFormReturnsToThatPage() {
		WebSession web = new WebSession(this.port);
		String phone = Phones.fresh();
		Accounts.register(web, new Outbox(this.jdbc), phone, "switch" + phone.substring(3) + "@example.ru");
		web.open("/profile");
		WebSession.Page page = web.post("/profile/email", Map.of("newEmail", "broken"));
		assertThat(page.body()).contains("name=\"return\" value=\"/profile\"");
		assertThat(web.submit("/language", Map.of("lang", "en", "return", "/profile")).text())
			.contains("Change e-mail");
	}

	@Test
	void theLayoutHasASkipLinkNavigationAndTheUnreadCount() {
		WebSession web = new WebSession(this.port);
		String phone = Phones.fresh();
		Accounts.register(web, new Outbox(this.jdbc), phone, "layout" + phone.substring(3) + "@example.ru");
		WebSession.Page home = web.open("/");
		assertThat(home.body()).contains("class=\"skip-link\" href=\"#main\"").contains("id=\"main\"");
		assertThat(home.text()).contains("Медицинские услуги")
			.contains("Семья и дети")
			.contains("Профиль")
			.contains("Уведомления");
		assertThat(home.body()).contains("class=\"badge\"");
	}

	@Test
	void anUnknownPageIsAFriendly404() {
		WebSession web = new WebSession(this.port);
		WebSession.Page page = web.get("/no-such-page");
		assertThat(page.location()).contains("/signin");
		String phone = Phones.fresh();
		Accounts.register(web, new Outbox(this.jdbc), phone, "missing" + phone.substring(3) + "@example.ru");
		WebSession.Page missing = web.get("/no-such-page");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.text()).contains("Страница не найдена").doesNotContain("Exception");
	}

	@Test
	void aMalformedIdIsABadRequestNotAnError() {
		WebSession web = new WebSession(this.port);
		String phone = Phones.fresh();
		Accounts.register(web, new Outbox(this.jdbc), phone, "badid" + phone.substring(3) + "@example.ru");
		web.open("/notifications");
		WebSession.Page page = web.post("/notifications/not-a-uuid/read", Map.of());
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text()).contains("Неверный запрос").doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void aWrongMethodIsAnsweredPolitely() {
		WebSession web = new WebSession(this.port);
		web.open("/signin");
		WebSession.Page page = web.get("/signout");
		assertThat(page.status()).isIn(302, 404, 405);
		assertThat(page.body()).doesNotContain("Exception");
	}

}
