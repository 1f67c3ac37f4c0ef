package org.medkarta.family;

import java.time.LocalDate;

import org.medkarta.core.PersonName;
import org.medkarta.core.Snils;

/**
 * A child as other modules see them.
 *
 * @param id the child
 * @param name the name
 * @param birthDate date of birth
 * @param snils the SNILS
 * @param fullCapacityOn the day full legal capacity began before 18, or {@code null}
 */
public record ChildFacts(ChildId id, PersonName name, LocalDate birthDate, Snils snils, LocalDate fullCapacityOn) {
}
