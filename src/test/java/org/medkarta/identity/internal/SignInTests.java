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
class SignInTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	Outbox outbox;

	String phone;

	String email;

	@BeforeEach
	void registerSomeone() {
		this.outbox = new Outbox(this.jdbc);
		this.phone = Phones.fresh();
		this.email = "p" + this.phone.substring(2) + "@example.ru";
		WebSession web = new WebSession(this.port);
		Accounts.register(web, this.outbox, this.phone, this.email);
		web.submit("/signout", Map.of());
		this.clock.advance(Duration.ofSeconds(61));
	}

	@Test
	void signsInWithPhonePasswordAndCodeUnderANewSessionId() {
		WebSession web = new WebSession(this.port);
		web.open("/signin");
		assertThat(web.cookie("MEDKARTA_SESSION")).as("no session before the form is sent").isEmpty();
		web.post("/signin", Map.of("identifier", this.phone.replace("+7", "8"), "password", Accounts.PASSWORD));
		String before = web.cookie("MEDKARTA_SESSION").orElseThrow();
		web.open("/signin/code");
		WebSession.Page done = web.post("/signin/code", Map.of("code", this.outbox.lastCodeTo(this.phone)));
		assertThat(done.location()).isEqualTo("/");
		assertThat(web.cookie("MEDKARTA_SESSION")).isPresent().get().isNotEqualTo(before);
		assertThat(web.open("/profile").status()).isEqualTo(200);
	}

	@Test
	void pagesWithinAMinuteLeaveTheSessionRowAsItWas() {
		WebSession web = new WebSession(this.port);
		Accounts.signIn(web, this.outbox, this.phone, this.phone);
		String id = new String(java.util.Base64.getDecoder().decode(web.cookie("MEDKARTA_SESSION").orElseThrow()),
				java.nio.charset.StandardCharsets.US_ASCII);
		long before = lastAccess(id);
		for (int i = 0; i < 3; i++) {
			assertThat(web.open("/profile").status()).isEqualTo(200);
		}
		assertThat(lastAccess(id)).as("no session write for the time alone").isEqualTo(before);
	}

	private long lastAccess(String session) {
		return this.jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = :id")
			.param("id", session)
			.query(Long.class)
			.single();
	}

	@Test
	void signsInWithAConfirmedEmailOnly() {
		WebSession web = new WebSession(this.port);
		web.open("/signin");
		WebSession.Page unconfirmed = web.post("/signin",
				Map.of("identifier", this.email, "password", Accounts.PASSWORD));
		assertThat(unconfirmed.text()).contains("Неверный телефон, почта или пароль");
		String link = this.outbox.lastLinkTo(this.email);
		web.open(link.substring(link.indexOf("/email")));
		web.submit("/email/confirm", Map.of("token", link.substring(link.indexOf("token=") + 6)));
		this.clock.advance(Duration.ofSeconds(61));
		assertThat(Accounts.signIn(web, this.outbox, this.email.toUpperCase(), this.phone).isRedirect()).isTrue();
	}

	@Test
	void aWrongPasswordAndAnUnknownAccountReadTheSame() {
		WebSession web = new WebSession(this.port);
		web.open("/signin");
		WebSession.Page wrong = web.post("/signin", Map.of("identifier", this.phone, "password", "wrong password"));
		WebSession.Page unknown = web.post("/signin",
				Map.of("identifier", Phones.fresh(), "password", "wrong password"));
		assertThat(wrong.status()).isEqualTo(unknown.status()).isEqualTo(200);
		assertThat(wrong.text()).contains("Неверный телефон, почта или пароль").isEqualTo(unknown.text());
	}

	@Test
	void repeatedFailuresSlowDownButNeverLockOut() {
		WebSession web = new WebSession(this.port);
		web.open("/signin");
		for (int i = 0; i < 3; i++) {
			web.post("/signin", Map.of("identifier", this.phone, "password", "wrong password"));
		}
		WebSession.Page slowed = web.post("/signin", Map.of("identifier", this.phone, "password", Accounts.PASSWORD));
		assertThat(slowed.text()).contains("Слишком много неудачных попыток");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(web.post("/signin", Map.of("identifier", this.phone, "password", Accounts.PASSWORD)).location())
			.contains("/signin/code");
	}

	@Test
	void anUnknownIdentifierIsSlowedDownTheSameWay() {
		WebSession web = new WebSession(this.port);
		web.open("/signin");
		String unknown = Phones.fresh();
		for (int i = 0; i < 3; i++) {
			web.post("/signin", Map.of("identifier", unknown, "password", "wrong password"));
		}
		assertThat(web.post("/signin", Map.of("identifier", unknown, "password", "x")).text())
			.contains("Слишком много неудачных попыток");
	}

	@Test
	void theCodeStepNeedsThePasswordStepFirst() {
		WebSession web = new WebSession(this.port);
		assertThat(web.get("/signin/code").location()).contains("/signin");
		web.open("/signin");
		assertThat(web.post("/signin/code", Map.of("code", "123456")).location()).contains("/signin");
	}

	@Test
	void sixWrongCodesVoidTheCode() {
		WebSession web = new WebSession(this.port);
		web.open("/signin");
		web.post("/signin", Map.of("identifier", this.phone, "password", Accounts.PASSWORD));
		web.open("/signin/code");
		String code = this.outbox.lastCodeTo(this.phone);
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 4; i >= 1; i--) {
			assertThat(web.post("/signin/code", Map.of("code", wrong)).text()).contains("Осталось попыток: " + i);
		}
		assertThat(web.post("/signin/code", Map.of("code", wrong)).text()).contains("больше не действует");
		assertThat(web.post("/signin/code", Map.of("code", code)).text()).contains("Нет действующего кода");
	}

	@Test
	void signingOutEndsTheSessionOnTheServer() {
		WebSession web = new WebSession(this.port);
		Accounts.signIn(web, this.outbox, this.phone, this.phone);
		String cookie = web.cookie("MEDKARTA_SESSION").orElseThrow();
		web.open("/profile");
		web.submit("/signout", Map.of());
		WebSession replay = new WebSession(this.port);
		replay.useSessionCookie(cookie);
		assertThat(replay.get("/profile").location()).contains("/signin");
	}

	@Test
	void aSessionEndsAfterThirtyIdleMinutes() {
		WebSession web = new WebSession(this.port);
		Accounts.signIn(web, this.outbox, this.phone, this.phone);
		this.clock.advance(Duration.ofMinutes(29));
		assertThat(web.get("/profile").status()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(31));
		assertThat(web.get("/profile").location()).contains("/signin");
	}

	@Test
	void aSessionEndsTwelveHoursAfterSignInEvenWhenBusy() {
		WebSession web = new WebSession(this.port);
		Accounts.signIn(web, this.outbox, this.phone, this.phone);
		for (int i = 0; i < 24; i++) {
			this.clock.advance(Duration.ofMinutes(29));
			assertThat(web.get("/profile").status()).isEqualTo(200);
		}
		this.clock.advance(Duration.ofMinutes(29));
		assertThat(web.get("/profile").location()).contains("/signin");
	}

	@Test
	void afterSignInTheAskedForPageOpens() {
		WebSession web = new WebSession(this.port);
		assertThat(web.get("/notifications").location()).contains("/signin");
		assertThat(Accounts.signIn(web, this.outbox, this.phone, this.phone).location()).endsWith("/notifications");
	}

}
