package org.medkarta.identity.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.medkarta.core.EmailAddress;
import org.medkarta.identity.IdentityMessages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms e-mail addresses by a link with a random token, kept hashed, valid for a day
 * and usable once.
 */
@Component
class EmailConfirmations {

	static final Duration VALIDITY = Duration.ofHours(24);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final IdentityMessages messages;

	private final Clock clock;

	private final String baseUrl;

	EmailConfirmations(JdbcClient jdbc, AccountRepository accounts, IdentityMessages messages, Clock clock,
			@Value("${medkarta.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Sends the link to the account's unconfirmed address, or, when another account has
	 * already confirmed that address, tells its owner instead.
	 */
	@Transactional
	void send(Account account) {
		EmailAddress email = account.email();
		if (this.accounts.confirmedEmailExists(email.value())) {
			this.messages.sendEmailAlreadyInUse(email, account.locale());
			return;
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		this.jdbc
			.sql("INSERT INTO email_confirmations (token_hash, account_id, email, created_at, expires_at) "
					+ "VALUES (:hash, :account, :email, :now, :expires)")
			.param("hash", FormFields.sha256(token))
			.param("account", account.id())
			.param("email", email.value())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(VALIDITY)))
			.update();
		this.messages.sendEmailConfirmation(email, this.baseUrl + "/email/confirm?token=" + token, account.locale());
	}

	/**
	 * Confirms the address the token was sent to, if the token is valid and the address
	 * still the account's.
	 */
	@Transactional
	boolean confirm(String token) {
		if (token == null || token.length() > 100) {
			return false;
		}
		Instant now = this.clock.instant();
		Optional<Pending> pending = this.jdbc
			.sql("UPDATE email_confirmations SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL "
					+ "AND expires_at > :now RETURNING account_id, email")
			.param("now", Timestamp.from(now))
			.param("hash", FormFields.sha256(token))
			.query((rs, row) -> new Pending(rs.getObject("account_id", UUID.class), rs.getString("email")))
			.optional();
		if (pending.isEmpty() || this.accounts.confirmedEmailExists(pending.get().email())) {
			return false;
		}
		Optional<Account> account = this.accounts.findById(pending.get().account());
		if (account.isEmpty() || !pending.get().email().equals(account.get().email().value())) {
			return false;
		}
		account.get().confirmEmail(now);
		this.accounts.save(account.get());
		return true;
	}

	private record Pending(UUID account, String email) {
	}

}
