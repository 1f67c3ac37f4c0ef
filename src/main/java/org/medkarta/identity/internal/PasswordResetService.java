package org.medkarta.identity.internal;

import java.util.Locale;
import java.util.Optional;

import org.medkarta.core.PhoneNumber;
import org.medkarta.identity.CodePurpose;
import org.medkarta.identity.IdentityMessages;
import org.medkarta.identity.MessageNotDeliveredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by an SMS code. A code is made for any phone, so the page and the limits
 * behave the same for numbers with and without an account; the SMS goes out only when
 * there is an account.
 */
@Service
class PasswordResetService {

	private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);

	private final AccountRepository accounts;

	private final OneTimeCodes codes;

	private final Passwords passwords;

	private final IdentityMessages messages;

	private final SignInThrottle throttle;

	private final Sessions sessions;

	private final java.time.Clock clock;

	PasswordResetService(AccountRepository accounts, OneTimeCodes codes, Passwords passwords, IdentityMessages messages,
			SignInThrottle throttle, Sessions sessions, java.time.Clock clock) {
		this.accounts = accounts;
		this.codes = codes;
		this.passwords = passwords;
		this.messages = messages;
		this.throttle = throttle;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	CodeResult start(PhoneNumber phone, Locale locale, String clientAddress) {
		CodeResult result = this.codes.issue(phone, CodePurpose.PASSWORD_RESET, clientAddress);
		Optional<Account> account = this.accounts.findByPhone(phone.value());
		if (result instanceof CodeResult.Issued issued && account.isPresent()) {
			try {
				this.messages.sendCode(phone, CodePurpose.PASSWORD_RESET, issued.code(), account.get().locale());
			}
			catch (MessageNotDeliveredException ex) {
				// The page reads the same as for a number without an account; a new code
				// can be asked for.
				log.warn("Password reset code to {} not delivered", phone.masked());
			}
		}
		return result;
	}

	/**
	 * Sets the new password when the code is right, and ends every session of the
	 * account.
	 */
	@Transactional
	CodeResult complete(PhoneNumber phone, String code, String newPassword) {
		CodeResult result = this.codes.verify(phone, CodePurpose.PASSWORD_RESET, code);
		if (!(result instanceof CodeResult.Accepted)) {
			return result;
		}
		Optional<Account> found = this.accounts.findByPhone(phone.value());
		if (found.isEmpty()) {
			return new CodeResult.Missing();
		}
		Account account = found.get();
		account.changePassword(this.passwords.hash(newPassword), this.clock.instant());
		this.accounts.save(account);
		this.throttle.forget(phone.value());
		this.sessions.endAllExcept(account, null);
		return result;
	}

}
