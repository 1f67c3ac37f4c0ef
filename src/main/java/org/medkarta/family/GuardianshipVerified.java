package org.medkarta.family;

import org.medkarta.identity.AccountId;

/**
 * A guardian's kinship with a child is verified.
 *
 * @param guardian the account of the guardian
 * @param child the child
 * @param byRegistry whether the civil registry verified it (otherwise an operator)
 */
public record GuardianshipVerified(AccountId guardian, ChildId child, boolean byRegistry) {
}
