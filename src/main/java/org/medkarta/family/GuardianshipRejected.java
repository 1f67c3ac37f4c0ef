package org.medkarta.family;

import org.medkarta.identity.AccountId;

/**
 * An operator rejected a guardian's claimed kinship with a child.
 *
 * @param guardian the account of the guardian
 * @param child the child
 * @param reason why, as the parent will read it
 */
public record GuardianshipRejected(AccountId guardian, ChildId child, String reason) {
}
