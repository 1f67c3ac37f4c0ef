package org.medkarta.identity;

/**
 * An account reached a higher trust level.
 *
 * @param account the account
 * @param level the new level
 */
public record TrustLevelRaised(AccountId account, TrustLevel level) {
}
