package org.medkarta.identity;

/**
 * A person completed registration: the phone is confirmed and the account exists.
 *
 * @param account the new account
 */
public record AccountRegistered(AccountId account) {
}
