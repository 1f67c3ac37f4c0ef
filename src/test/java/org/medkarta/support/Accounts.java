package org.medkarta.support;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registers and signs in through the pages, as a person does.
 */
public final class Accounts {

	public static final String PASSWORD = "зелёный чай 2026";

	private Accounts() {
	}

	/** Registers a new citizen and leaves the session signed in. */
	public static String register(WebSession web, Outbox outbox, String phone, String email) {
		web.open("/register");
		WebSession.Page sent = web.post("/register", Map.of("phone", phone, "email", email, "password", PASSWORD,
				"passwordRepeat", PASSWORD, "consent", "true"));
		assertThat(sent.location()).contains("/register/confirm");
		web.open("/register/confirm");
		WebSession.Page done = web.submit("/register/confirm", Map.of("code", outbox.lastCodeTo(phone)));
		assertThat(done.status()).isEqualTo(200);
		return phone;
	}

	/** Signs in with password and SMS code. */
	public static WebSession.Page signIn(WebSession web, Outbox outbox, String identifier, String phone) {
		web.open("/signin");
		WebSession.Page step = web.post("/signin", Map.of("identifier", identifier, "password", PASSWORD));
		assertThat(step.location()).contains("/signin/code");
		web.open("/signin/code");
		return web.post("/signin/code", Map.of("code", outbox.lastCodeTo(phone)));
	}

}
