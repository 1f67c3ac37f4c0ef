package org.medkarta.identity.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.medkarta.core.InvalidValueException;
import org.medkarta.core.PhoneNumber;
import org.medkarta.identity.CodePurpose;
import org.medkarta.identity.IdentityMessages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in in two steps: phone or e-mail with the password, then the SMS code. Every
 * failure of the first step reads the same, whether or not the account exists.
 */
@Service
class SignInService {

	private final AccountRepository accounts;

	private final Passwords passwords;

	private final SignInThrottle throttle;

	private final OneTimeCodes codes;

	private final IdentityMessages messages;

	SignInService(AccountRepository accounts, Passwords passwords, SignInThrottle throttle, OneTimeCodes codes,
			IdentityMessages messages) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.codes = codes;
		this.messages = messages;
	}

	/** Checks the first factor. */
	@Transactional(readOnly = true)
	PasswordCheck checkPassword(String identifier, String password, String clientAddress) {
		String key = normalise(identifier);
		Optional<Duration> wait = this.throttle.reserve(key, clientAddress);
		if (wait.isPresent()) {
			return new PasswordCheck.Throttled(wait.get());
		}
		Optional<Account> account = find(key);
		boolean matches = this.passwords.matches(password, account.map(Account::passwordHash).orElse(null));
		if (!matches) {
			return new PasswordCheck.Failed();
		}
		this.throttle.recordSuccess(key, clientAddress);
		return new PasswordCheck.Passed(account.get().id(), key);
	}

	/** Sends the second-factor code to the account's phone. */
	@Transactional(readOnly = true)
	CodeResult sendCode(UUID accountId, String clientAddress) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		CodeResult result = this.codes.issue(account.phone(), CodePurpose.SIGN_IN, clientAddress);
		if (result instanceof CodeResult.Issued issued) {
			this.messages.sendCode(account.phone(), CodePurpose.SIGN_IN, issued.code(), account.locale());
		}
		return result;
	}

	/**
	 * Checks the second factor; on success the account is returned and its failures
	 * forgotten.
	 */
	@Transactional(readOnly = true)
	SecondFactor verifyCode(UUID accountId, String identifierKey, String code) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		CodeResult result = this.codes.verify(account.phone(), CodePurpose.SIGN_IN, code);
		if (result instanceof CodeResult.Accepted) {
			return new SecondFactor(account, result);
		}
		return new SecondFactor(null, result);
	}

	@Transactional(readOnly = true)
	PhoneNumber phoneOf(UUID accountId) {
		return this.accounts.findById(accountId).orElseThrow().phone();
	}

	private Optional<Account> find(String key) {
		if (key.startsWith("+")) {
			return this.accounts.findByPhone(key);
		}
		return this.accounts.findByConfirmedEmail(key);
	}

	/**
	 * The identifier as stored: a phone in {@code +7…} form, or an e-mail in lower case.
	 */
	static String normalise(String identifier) {
		String value = (identifier != null) ? identifier.strip() : "";
		if (PhoneNumber.looksLikePhone(value)) {
			try {
				return PhoneNumber.of(value).value();
			}
			catch (InvalidValueException ex) {
				return value;
			}
		}
		return value.toLowerCase(Locale.ROOT);
	}

	sealed interface PasswordCheck {

		record Passed(UUID accountId, String identifierKey) implements PasswordCheck {
		}

		record Failed() implements PasswordCheck {
		}

		record Throttled(Duration retryAfter) implements PasswordCheck {
		}

	}

	record SecondFactor(Account account, CodeResult codeResult) {
	}

}
