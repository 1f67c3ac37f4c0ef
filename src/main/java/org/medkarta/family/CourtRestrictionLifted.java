package org.medkarta.family;

import java.time.LocalDate;
import java.util.UUID;

import org.medkarta.identity.AccountId;

/**
 * An operator recorded that a court restriction was lifted. Access is not restored by
 * itself: the guardian makes a new request.
 *
 * @param restriction the restriction
 * @param guardian the account of the guardian
 * @param child the child
 * @param liftedOn the first day it no longer applies
 */
public record CourtRestrictionLifted(UUID restriction, AccountId guardian, ChildId child, LocalDate liftedOn) {
}
