package org.medkarta.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.medkarta.core.EmailAddress;
import org.medkarta.core.PhoneNumber;
import org.medkarta.identity.AccountRegistered;
import org.medkarta.identity.CodePurpose;
import org.medkarta.identity.IdentityMessages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration: a phone, an e-mail and a password wait as a registration until the SMS
 * code confirms the phone; only then is the account made. A phone that already has an
 * account is treated the same on the page, and its owner gets a warning instead of a
 * code, so the page reveals nothing.
 */
@Service
class RegistrationService {

	/** How long a registration waits for its phone to be confirmed. */
	static final Duration PENDING_FOR = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final OneTimeCodes codes;

	private final Passwords passwords;

	private final IdentityMessages messages;

	private final EmailConfirmations emailConfirmations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RegistrationService(JdbcClient jdbc, AccountRepository accounts, OneTimeCodes codes, Passwords passwords,
			IdentityMessages messages, EmailConfirmations emailConfirmations, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.codes = codes;
		this.passwords = passwords;
		this.messages = messages;
		this.emailConfirmations = emailConfirmations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Starts a registration and sends the code.
	 * @return the registration when the code went out, otherwise why it could not
	 */
	@Transactional
	Started start(PhoneNumber phone, EmailAddress email, String password, Locale locale, String clientAddress) {
		CodeResult result = this.codes.issue(phone, CodePurpose.REGISTRATION, clientAddress);
		if (!(result instanceof CodeResult.Issued issued)) {
			return new Started(null, result);
		}
		Instant now = this.clock.instant();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO registrations (id, phone, email, password_hash, locale, consent_at, created_at) "
					+ "VALUES (:id, :phone, :email, :hash, :locale, :now, :now)")
			.param("id", id)
			.param("phone", phone.value())
			.param("email", email.value())
			.param("hash", this.passwords.hash(password))
			.param("locale", locale.getLanguage())
			.param("now", Timestamp.from(now))
			.update();
		if (this.accounts.existsByPhone(phone.value())) {
			this.messages.sendPhoneAlreadyRegistered(phone, locale);
		}
		else {
			this.messages.sendCode(phone, CodePurpose.REGISTRATION, issued.code(), locale);
		}
		return new Started(id, result);
	}

	/**
	 * The registration this same form made a moment ago, if any: same phone, same e-mail,
	 * same password. A form sent twice (a double click) then continues where the first
	 * left off instead of being told to wait.
	 */
	@Transactional(readOnly = true)
	Optional<UUID> sameAsJustStarted(PhoneNumber phone, EmailAddress email, String password) {
		return this.jdbc
			.sql("SELECT id, email, password_hash FROM registrations WHERE phone = :phone AND completed_at IS NULL "
					+ "AND created_at > :since ORDER BY created_at DESC LIMIT 1")
			.param("phone", phone.value())
			.param("since", Timestamp.from(this.clock.instant().minus(Duration.ofMinutes(1))))
			.query((rs, row) -> new Recent(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getString("password_hash")))
			.optional()
			.filter((recent) -> recent.email().equals(email.value())
					&& this.passwords.matches(password, recent.passwordHash()))
			.map(Recent::id);
	}

	/** Sends a new code for a registration that is still waiting. */
	@Transactional
	CodeResult resend(UUID registrationId, String clientAddress) {
		Optional<Pending> pending = pending(registrationId);
		if (pending.isEmpty()) {
			return new CodeResult.Missing();
		}
		PhoneNumber phone = pending.get().phone();
		CodeResult result = this.codes.issue(phone, CodePurpose.REGISTRATION, clientAddress);
		if (result instanceof CodeResult.Issued issued) {
			if (this.accounts.existsByPhone(phone.value())) {
				this.messages.sendPhoneAlreadyRegistered(phone, pending.get().locale());
			}
			else {
				this.messages.sendCode(phone, CodePurpose.REGISTRATION, issued.code(), pending.get().locale());
			}
		}
		return result;
	}

	/**
	 * Confirms the phone with the code and makes the account.
	 * @return the account when the code was right, otherwise what was wrong with the code
	 */
	@Transactional
	Confirmed confirm(UUID registrationId, String code) {
		Optional<Pending> pending = pending(registrationId);
		if (pending.isEmpty()) {
			return new Confirmed(null, new CodeResult.Missing());
		}
		Pending registration = pending.get();
		CodeResult result = this.codes.verify(registration.phone(), CodePurpose.REGISTRATION, code);
		if (!(result instanceof CodeResult.Accepted)) {
			return new Confirmed(null, result);
		}
		if (this.accounts.existsByPhone(registration.phone().value())) {
			return new Confirmed(null, new CodeResult.Missing());
		}
		Instant now = this.clock.instant();
		Account account = Account.registered(registration.phone(), registration.email(), registration.passwordHash(),
				registration.locale(), registration.createdAt(), now);
		this.accounts.save(account);
		this.jdbc.sql("UPDATE registrations SET completed_at = :now WHERE id = :id")
			.param("now", Timestamp.from(now))
			.param("id", registrationId)
			.update();
		this.emailConfirmations.send(account);
		this.events.publishEvent(new AccountRegistered(account.accountId()));
		return new Confirmed(account, result);
	}

	/**
	 * The phone of a registration still waiting for its code, for the page to show
	 * masked.
	 */
	@Transactional(readOnly = true)
	Optional<PhoneNumber> phoneOf(UUID registrationId) {
		return pending(registrationId).map(Pending::phone);
	}

	private Optional<Pending> pending(UUID registrationId) {
		if (registrationId == null) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("SELECT phone, email, password_hash, locale, created_at FROM registrations "
					+ "WHERE id = :id AND completed_at IS NULL AND created_at > :since")
			.param("id", registrationId)
			.param("since", Timestamp.from(this.clock.instant().minus(PENDING_FOR)))
			.query((rs, row) -> new Pending(new PhoneNumber(rs.getString("phone")),
					new EmailAddress(rs.getString("email")), rs.getString("password_hash"),
					Locale.forLanguageTag(rs.getString("locale")), rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	private record Recent(UUID id, String email, String passwordHash) {
	}

	record Started(UUID registrationId, CodeResult codeResult) {
	}

	record Confirmed(Account account, CodeResult codeResult) {
	}

	private record Pending(PhoneNumber phone, EmailAddress email, String passwordHash, Locale locale,
			Instant createdAt) {
	}

}
