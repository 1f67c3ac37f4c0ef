package org.medkarta.family;

import java.time.LocalDate;

/**
 * An operator recorded that a child gained full legal capacity before 18; parental access
 * ends from that day.
 *
 * @param child the child
 * @param on the day full capacity began
 * @param kind emancipation or marriage
 */
public record FullLegalCapacityRecorded(ChildId child, LocalDate on, LegalCapacityKind kind) {
}
