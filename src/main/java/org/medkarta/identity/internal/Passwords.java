package org.medkarta.identity.internal;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes passwords with Argon2id and checks them. When there is no account to check
 * against, it checks a dummy hash, so a wrong identifier takes as long as a wrong
 * password.
 */
@Component
class Passwords {

	private final PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

	private final String dummyHash = this.encoder.encode("a password nobody has, for equal timing");

	String hash(String password) {
		return this.encoder.encode(password);
	}

	boolean matches(String password, String hash) {
		if (hash == null) {
			this.encoder.matches(password, this.dummyHash);
			return false;
		}
		return this.encoder.matches(password, hash);
	}

}
