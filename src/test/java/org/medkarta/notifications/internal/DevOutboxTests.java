package org.medkarta.notifications.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.Phones;
import org.medkarta.support.WebSession;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@MedkartaTest
class DevOutboxTests {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.medkarta.support.MutableClock clock;

	@Test
	void showsEverySmsNewestFirstAsPageAndJson() {
		WebSession web = new WebSession(this.port);
		String phone = Phones.fresh();
		web.open("/password-reset");
		web.post("/password-reset", Map.of("phone", phone));
		this.clock.advance(java.time.Duration.ofSeconds(61));
		web.open("/register");
		web.post("/register", Map.of("phone", phone, "email", "outbox@example.ru", "password", "длинный пароль",
				"passwordRepeat", "длинный пароль", "consent", "true"));
		WebSession.Page json = web.get("/dev/outbox.json");
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.header("Content-Type")).hasValueSatisfying((type) -> assertThat(type).contains("json"));
		assertThat(json.body()).contains("\"channel\":\"SMS\"")
			.contains("\"recipient\":\"" + phone + "\"")
			.contains("\"time\"")
			.contains("\"text\"");
		WebSession.Page page = web.get("/dev/outbox");
		assertThat(page.text()).contains(phone).contains("код подтверждения телефона");
	}

}
