package org.medkarta.identity.internal;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
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
class RegistrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	Outbox outbox;

	WebSession web;

	@BeforeEach
	void setUp() {
		this.outbox = new Outbox(this.jdbc);
		this.web = new WebSession(this.port);
	}

	private long accountsWithPhone(String phone) {
		return this.jdbc.sql("SELECT count(*) FROM accounts WHERE phone = :p")
			.param("p", phone)
			.query(Long.class)
			.single();
	}

	@Test
	void registersConfirmsThePhoneAndSignsIn() {
		String phone = Phones.fresh();
		this.web.open("/register");
		WebSession.Page sent = this.web.post("/register",
				Map.of("phone", phone.replace("+7", "8"), "email", "New.Parent@Example.ru", "password",
						Accounts.PASSWORD, "passwordRepeat", Accounts.PASSWORD, "consent", "true"));
		assertThat(sent.location()).contains("/register/confirm");
		assertThat(accountsWithPhone(phone)).isZero();
		WebSession.Page confirm = this.web.open("/register/confirm");
		assertThat(confirm.text()).contains(new org.medkarta.core.PhoneNumber(phone).masked());
		WebSession.Page home = this.web.submit("/register/confirm", Map.of("code", this.outbox.lastCodeTo(phone)));
		assertThat(home.text()).contains("учётная запись создана").contains("Выйти");
		assertThat(accountsWithPhone(phone)).isOne();
		assertThat(this.outbox.lastLinkTo("new.parent@example.ru")).contains("/email/confirm?token=");
	}

	@Test
	void theEmailLinkConfirmsTheAddressOnce() {
		String phone = Phones.fresh();
		String email = "link" + phone.substring(3) + "@example.ru";
		Accounts.register(this.web, this.outbox, phone, email);
		String link = this.outbox.lastLinkTo(email);
		String path = link.substring(link.indexOf("/email/confirm"));
		WebSession.Page page = this.web.open(path);
		assertThat(page.text()).contains("Подтвердить адрес");
		String token = path.substring(path.indexOf("token=") + 6);
		assertThat(this.web.submit("/email/confirm", Map.of("token", token)).text()).contains("подтверждён");
		assertThat(this.web.submit("/email/confirm", Map.of("token", token)).text()).contains("недействительна");
		assertThat(this.web.open("/profile").text()).contains("подтверждена");
	}

	@Test
	void aKnownPhoneReadsTheSameAndItsOwnerIsWarned() {
		String phone = Phones.fresh();
		Accounts.register(this.web, this.outbox, phone, "known" + phone.substring(3) + "@example.ru");
		this.clock.advance(Duration.ofSeconds(61));
		WebSession stranger = new WebSession(this.port);
		stranger.open("/register");
		WebSession.Page known = stranger.post("/register", Map.of("phone", phone, "email", "other@example.ru",
				"password", Accounts.PASSWORD, "passwordRepeat", Accounts.PASSWORD, "consent", "true"));
		WebSession fresh = new WebSession(this.port);
		fresh.open("/register");
		WebSession.Page unknown = fresh.post("/register", Map.of("phone", Phones.fresh(), "email", "other2@example.ru",
				"password", Accounts.PASSWORD, "passwordRepeat", Accounts.PASSWORD, "consent", "true"));
		assertThat(known.status()).isEqualTo(unknown.status());
		assertThat(known.location()).isEqualTo(unknown.location());
		assertThat(stranger.open("/register/confirm").text().replaceAll("•\u2011\\d{2}", "•-XX"))
			.isEqualTo(fresh.open("/register/confirm").text().replaceAll("•\u2011\\d{2}", "•-XX"));
		assertThat(this.outbox.lastSmsTo(phone)).contains("уже зарегистрирован").doesNotContainPattern("\\d{6}");
		assertThat(accountsWithPhone(phone)).isOne();
	}

	@Test
	void showsEveryProblemOfTheFormAndCreatesNothing() {
		this.web.open("/register");
		WebSession.Page page = this.web.post("/register",
				Map.of("phone", "12345", "email", "not-an-address", "password", "short", "passwordRepeat", "other"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("error-summary")
			.contains("href=\"#phone\"")
			.contains("href=\"#email\"")
			.contains("href=\"#password\"")
			.contains("href=\"#passwordRepeat\"")
			.contains("href=\"#consent\"");
		assertThat(page.text()).contains("Введите номер мобильного телефона России")
			.contains("Пароли не совпадают")
			.contains("Пароль должен быть не короче 8 символов");
		assertThat(page.body()).contains("value=\"12345\"").contains("value=\"not-an-address\"");
	}

	@Test
	void aTenThousandCharacterFieldGetsAMessage() {
		this.web.open("/register");
		String huge = "я".repeat(10_000);
		WebSession.Page page = this.web.post("/register",
				Map.of("phone", huge, "email", huge, "password", huge, "passwordRepeat", huge, "consent", "true"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Слишком длинное значение").contains("не длиннее 128 символов");
		assertThat(page.body()).doesNotContain(huge);
	}

	@Test
	void aCodeWithLettersIsRefusedWithoutCostingATry() {
		String phone = Phones.fresh();
		this.web.open("/register");
		this.web.post("/register", Map.of("phone", phone, "email", "letters@example.ru", "password", Accounts.PASSWORD,
				"passwordRepeat", Accounts.PASSWORD, "consent", "true"));
		this.web.open("/register/confirm");
		WebSession.Page page = this.web.post("/register/confirm", Map.of("code", "12a45b"));
		assertThat(page.text()).contains("Код состоит из 6 цифр");
		this.web.submit("/register/confirm", Map.of("code", this.outbox.lastCodeTo(phone)));
		assertThat(accountsWithPhone(phone)).isOne();
	}

	@Test
	void anExpiredCodeAsksForANewOne() {
		String phone = Phones.fresh();
		this.web.open("/register");
		this.web.post("/register", Map.of("phone", phone, "email", "late@example.ru", "password", Accounts.PASSWORD,
				"passwordRepeat", Accounts.PASSWORD, "consent", "true"));
		this.web.open("/register/confirm");
		String code = this.outbox.lastCodeTo(phone);
		this.clock.advance(Duration.ofMinutes(11));
		assertThat(this.web.post("/register/confirm", Map.of("code", code)).text())
			.contains("Срок действия кода истёк");
		assertThat(this.web.submit("/register/resend", Map.of()).text()).contains("Новый код отправлен");
		this.web.submit("/register/confirm", Map.of("code", this.outbox.lastCodeTo(phone)));
		assertThat(accountsWithPhone(phone)).isOne();
	}

	@Test
	void aDoubleClickWithoutASessionYetContinuesTheSameRegistration() {
		String phone = Phones.fresh();
		Map<String, String> form = Map.of("phone", phone, "email", "click@example.ru", "password", Accounts.PASSWORD,
				"passwordRepeat", Accounts.PASSWORD, "consent", "true");
		WebSession first = new WebSession(this.port);
		first.open("/register");
		WebSession second = new WebSession(this.port);
		second.open("/register");
		assertThat(first.post("/register", form).location()).isEqualTo("/register/confirm");
		assertThat(second.post("/register", form).location()).isEqualTo("/register/confirm");
		second.open("/register/confirm");
		second.submit("/register/confirm", Map.of("code", this.outbox.lastCodeTo(phone)));
		assertThat(accountsWithPhone(phone)).isOne();
		assertThat(this.outbox.smsCountTo(phone)).isOne();
	}

	@Test
	void someoneElseWithTheSamePhoneDoesNotJoinAPendingRegistration() {
		String phone = Phones.fresh();
		WebSession first = new WebSession(this.port);
		first.open("/register");
		first.post("/register", Map.of("phone", phone, "email", "mine@example.ru", "password", Accounts.PASSWORD,
				"passwordRepeat", Accounts.PASSWORD, "consent", "true"));
		WebSession other = new WebSession(this.port);
		other.open("/register");
		WebSession.Page page = other.post("/register", Map.of("phone", phone, "email", "mine@example.ru", "password",
				"другой пароль", "passwordRepeat", "другой пароль", "consent", "true"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Новый код можно запросить через");
	}

	@Test
	void aPendingRegistrationCannotSignIn() {
		String phone = Phones.fresh();
		this.web.open("/register");
		this.web.post("/register", Map.of("phone", phone, "email", "pending@example.ru", "password", Accounts.PASSWORD,
				"passwordRepeat", Accounts.PASSWORD, "consent", "true"));
		WebSession other = new WebSession(this.port);
		other.open("/signin");
		assertThat(other.post("/signin", Map.of("identifier", phone, "password", Accounts.PASSWORD)).text())
			.contains("Неверный телефон, почта или пароль");
	}

	@Test
	void controlCharactersAreABadRequestNotAnError() {
		this.web.open("/register");
		WebSession.Page page = this.web.post("/register", Map.of("phone", Phones.fresh(), "email", "a\u0000@b.ru",
				"password", Accounts.PASSWORD, "passwordRepeat", Accounts.PASSWORD, "consent", "true"));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text()).contains("Неверный запрос");
		this.web.open("/signin");
		assertThat(this.web.post("/signin", Map.of("identifier", "a\u0000@b.ru", "password", "x")).status())
			.isEqualTo(400);
	}

	@Test
	void messagesAreInTheChosenLanguage() {
		this.web.open("/register");
		this.web.submit("/language", Map.of("lang", "en", "return", "/register"));
		WebSession.Page page = this.web.post("/register",
				Map.of("phone", "12", "email", "x", "password", "1234567", "passwordRepeat", "1234567"));
		assertThat(page.text()).contains("Please correct the errors")
			.contains("Enter a Russian mobile number")
			.contains("The password must have at least 8 characters")
			.contains("To continue, give your consent");
	}

	@Test
	void theSameFormPostedTwiceMakesOneRegistration() {
		String phone = Phones.fresh();
		this.web.open("/register");
		Map<String, String> form = Map.of("phone", phone, "email", "twice@example.ru", "password", Accounts.PASSWORD,
				"passwordRepeat", Accounts.PASSWORD, "consent", "true");
		assertThat(this.web.post("/register", form).location()).contains("/register/confirm");
		assertThat(this.web.post("/register", form).location()).contains("/register/confirm");
		assertThat(this.jdbc.sql("SELECT count(*) FROM registrations WHERE phone = :p")
			.param("p", phone)
			.query(Long.class)
			.single()).isOne();
		assertThat(this.outbox.smsCountTo(phone)).isOne();
	}

}
