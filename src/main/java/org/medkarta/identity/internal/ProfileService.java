package org.medkarta.identity.internal;

import java.time.Clock;

import org.medkarta.core.EmailAddress;
import org.medkarta.core.PhoneNumber;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.CodePurpose;
import org.medkarta.identity.IdentityMessages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of phone and e-mail from «Профиль». A new phone needs the password and a code
 * sent to the new phone, and ends the account's other sessions; a new e-mail needs its
 * link.
 */
@Service
class ProfileService {

	private final AccountRepository accounts;

	private final Passwords passwords;

	private final OneTimeCodes codes;

	private final IdentityMessages messages;

	private final EmailConfirmations emailConfirmations;

	private final Sessions sessions;

	private final SignInThrottle throttle;

	private final Clock clock;

	ProfileService(AccountRepository accounts, Passwords passwords, OneTimeCodes codes, IdentityMessages messages,
			EmailConfirmations emailConfirmations, Sessions sessions, SignInThrottle throttle, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.codes = codes;
		this.messages = messages;
		this.emailConfirmations = emailConfirmations;
		this.sessions = sessions;
		this.throttle = throttle;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Account load(AccountId id) {
		return this.accounts.findById(id.value()).orElseThrow();
	}

	/** The first step of a phone change: the password, then a code to the new phone. */
	@Transactional(readOnly = true)
	PhoneChange startPhoneChange(AccountId id, PhoneNumber newPhone, String password, String clientAddress) {
		Account account = load(id);
		String throttleKey = "account:" + id;
		if (this.throttle.reserve(throttleKey, clientAddress).isPresent()) {
			return PhoneChange.THROTTLED;
		}
		if (!this.passwords.matches(password, account.passwordHash())) {
			return PhoneChange.WRONG_PASSWORD;
		}
		this.throttle.recordSuccess(throttleKey, clientAddress);
		if (account.phone().equals(newPhone)) {
			return PhoneChange.SAME_PHONE;
		}
		CodeResult result = this.codes.issue(newPhone, CodePurpose.PHONE_CHANGE, clientAddress);
		if (result instanceof CodeResult.Issued issued) {
			this.messages.sendCode(newPhone, CodePurpose.PHONE_CHANGE, issued.code(), account.locale());
			return PhoneChange.CODE_SENT;
		}
		return PhoneChange.TOO_MANY_CODES;
	}

	/** The second step: the code from the new phone. Other sessions end. */
	@Transactional
	CodeResult confirmPhoneChange(AccountId id, PhoneNumber newPhone, String code, String currentSessionId) {
		CodeResult result = this.codes.verify(newPhone, CodePurpose.PHONE_CHANGE, code);
		if (!(result instanceof CodeResult.Accepted)) {
			return result;
		}
		if (this.accounts.existsByPhone(newPhone.value())) {
			return new CodeResult.Missing();
		}
		Account account = load(id);
		account.changePhone(newPhone, this.clock.instant());
		this.accounts.save(account);
		this.sessions.endAllExcept(account, currentSessionId);
		return result;
	}

	@Transactional
	void changeEmail(AccountId id, EmailAddress newEmail) {
		Account account = load(id);
		account.changeEmail(newEmail, this.clock.instant());
		this.accounts.save(account);
		this.emailConfirmations.send(account);
	}

	@Transactional
	void resendEmailConfirmation(AccountId id) {
		Account account = load(id);
		if (account.email() != null && !account.emailConfirmed()) {
			this.emailConfirmations.send(account);
		}
	}

	enum PhoneChange {

		CODE_SENT, WRONG_PASSWORD, THROTTLED, SAME_PHONE, TOO_MANY_CODES

	}

}
