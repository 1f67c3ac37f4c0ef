package org.medkarta.identity.internal;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.medkarta.support.Accounts;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;
import org.medkarta.support.Outbox;
import org.medkarta.support.Phones;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@MedkartaTest
class PasswordResetTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void resetsThePasswordByCodeAndEndsEverySession() {
		Outbox outbox = new Outbox(this.jdbc);
		String phone = Phones.fresh();
		WebSession signedIn = new WebSession(this.port);
		Accounts.register(signedIn, outbox, phone, "reset" + phone.substring(3) + "@example.ru");
		this.clock.advance(Duration.ofSeconds(61));
		WebSession web = new WebSession(this.port);
		web.open("/password-reset");
		assertThat(web.post("/password-reset", Map.of("phone", phone)).location()).contains("/password-reset/confirm");
		web.open("/password-reset/confirm");
		String newPassword = "новый пароль 2026";
		WebSession.Page done = web.submit("/password-reset/confirm",
				Map.of("code", outbox.lastCodeTo(phone), "password", newPassword, "passwordRepeat", newPassword));
		assertThat(done.text()).contains("Пароль изменён");
		assertThat(signedIn.get("/profile").location()).contains("/signin");
		WebSession again = new WebSession(this.port);
		again.open("/signin");
		assertThat(again.post("/signin", Map.of("identifier", phone, "password", Accounts.PASSWORD)).text())
			.contains("Неверный");
		assertThat(again.post("/signin", Map.of("identifier", phone, "password", newPassword)).location())
			.contains("/signin/code");
	}

	@Test
	void anUnknownPhoneReadsTheSameAndGetsNoSms() {
		Outbox outbox = new Outbox(this.jdbc);
		String unknown = Phones.fresh();
		WebSession web = new WebSession(this.port);
		web.open("/password-reset");
		WebSession.Page page = web.post("/password-reset", Map.of("phone", unknown));
		assertThat(page.location()).contains("/password-reset/confirm");
		assertThat(web.open("/password-reset/confirm").text()).contains("Если номер");
		assertThat(outbox.smsCountTo(unknown)).isZero();
	}

}
