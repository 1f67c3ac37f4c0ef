package org.medkarta.identity;

/**
 * An account's trust level went down, because the data it rested on changed.
 *
 * @param account the account
 * @param level the new level
 */
public record TrustLevelLowered(AccountId account, TrustLevel level) {
}
