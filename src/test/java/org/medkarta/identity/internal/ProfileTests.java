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
class ProfileTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void changingThePhoneNeedsPasswordAndCodeAndEndsOtherSessions() {
		Outbox outbox = new Outbox(this.jdbc);
		String phone = Phones.fresh();
		WebSession web = new WebSession(this.port);
		Accounts.register(web, outbox, phone, "phone" + phone.substring(3) + "@example.ru");
		this.clock.advance(Duration.ofSeconds(61));
		WebSession other = new WebSession(this.port);
		Accounts.signIn(other, outbox, phone, phone);
		assertThat(other.get("/profile").status()).isEqualTo(200);

		String newPhone = Phones.fresh();
		web.open("/profile");
		assertThat(web.post("/profile/phone", Map.of("newPhone", newPhone, "password", "wrong one")).text())
			.contains("Неверный пароль");
		assertThat(web.post("/profile/phone", Map.of("newPhone", newPhone, "password", Accounts.PASSWORD)).location())
			.contains("/profile/phone/confirm");
		web.open("/profile/phone/confirm");
		WebSession.Page done = web.submit("/profile/phone/confirm", Map.of("code", outbox.lastCodeTo(newPhone)));
		assertThat(done.text()).contains("Телефон изменён").contains(newPhone.substring(10));
		assertThat(other.get("/profile").location()).contains("/signin");
		assertThat(web.get("/profile").status()).isEqualTo(200);
	}

	@Test
	void changingTheEmailWaitsForTheLink() {
		Outbox outbox = new Outbox(this.jdbc);
		String phone = Phones.fresh();
		WebSession web = new WebSession(this.port);
		Accounts.register(web, outbox, phone, "first" + phone.substring(3) + "@example.ru");
		web.open("/profile");
		assertThat(web.post("/profile/email", Map.of("newEmail", "broken")).text()).contains("Введите адрес");
		String second = "second" + phone.substring(3) + "@example.ru";
		assertThat(web.submit("/profile/email", Map.of("newEmail", second)).text()).contains(second)
			.contains("не подтверждена");
		String link = outbox.lastLinkTo(second);
		web.open(link.substring(link.indexOf("/email")));
		web.submit("/email/confirm", Map.of("token", link.substring(link.indexOf("token=") + 6)));
		assertThat(web.open("/profile").text()).contains("подтверждена");
	}

	@Test
	void theProfileShowsTheTrustLevelAndTheNextStep() {
		Outbox outbox = new Outbox(this.jdbc);
		String phone = Phones.fresh();
		WebSession web = new WebSession(this.port);
		Accounts.register(web, outbox, phone, "level" + phone.substring(3) + "@example.ru");
		assertThat(web.open("/profile").text()).contains("Упрощённая").contains("Следующий шаг");
	}

}
