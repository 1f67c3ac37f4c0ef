package org.medkarta.identity;

import java.util.Locale;

import org.medkarta.core.EmailAddress;
import org.medkarta.core.PhoneNumber;

/**
 * The messages identity sends while proving phones and e-mails. A port: the notifications
 * module delivers them by SMS and e-mail. Codes and links pass through here only, never
 * through stored events.
 */
public interface IdentityMessages {

	void sendCode(PhoneNumber phone, CodePurpose purpose, String code, Locale locale);

	/** Told to the owner of a number when someone tries to register it again. */
	void sendPhoneAlreadyRegistered(PhoneNumber phone, Locale locale);

	void sendEmailConfirmation(EmailAddress email, String link, Locale locale);

	/**
	 * Told to the owner of an address when someone tries to use it for another account.
	 */
	void sendEmailAlreadyInUse(EmailAddress email, Locale locale);

}
