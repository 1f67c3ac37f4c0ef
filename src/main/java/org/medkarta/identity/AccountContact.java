package org.medkarta.identity;

import java.util.Locale;
import java.util.Optional;

import org.medkarta.core.EmailAddress;
import org.medkarta.core.PhoneNumber;

/**
 * Where to reach an account holder: the confirmed phone, the e-mail once it is confirmed,
 * and the language they chose.
 *
 * @param phone the confirmed phone
 * @param email the confirmed e-mail, if any
 * @param locale the account's language
 */
public record AccountContact(PhoneNumber phone, Optional<EmailAddress> email, Locale locale) {
}
