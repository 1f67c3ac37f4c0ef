package org.medkarta.family;

import java.time.LocalDate;
import java.util.UUID;

import org.medkarta.identity.AccountId;

/**
 * An operator recorded a court restriction against a guardian and a child. The guardian's
 * pending kinship claim is already rejected; grants are for the listeners to revoke.
 *
 * @param restriction the restriction
 * @param guardian the account of the restricted guardian
 * @param child the child
 * @param kind what the court decided
 * @param validFrom the first day it is in force
 * @param validUntil the last day it is in force, or {@code null} when open-ended
 */
public record CourtRestrictionRecorded(UUID restriction, AccountId guardian, ChildId child, CourtRestrictionKind kind,
		LocalDate validFrom, LocalDate validUntil) {
}
