package org.medkarta.identity;

/**
 * An operator decided on an uploaded passport.
 *
 * @param account the account holder
 * @param confirmed whether the identity was confirmed
 * @param reason the reason of a rejection, or {@code null}
 */
public record IdentityReviewDecided(AccountId account, boolean confirmed, String reason) {
}
