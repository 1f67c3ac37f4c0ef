package org.medkarta.family;

import java.time.Instant;

/**
 * One guardian's link to one child and its kinship check.
 *
 * @param child the child
 * @param kinship where the check stands
 * @param byRegistry whether the civil registry verified it (otherwise an operator)
 * @param decidedAt when it was verified or rejected, or {@code null} while pending
 */
public record GuardianLink(ChildFacts child, KinshipStatus kinship, boolean byRegistry, Instant decidedAt) {
}
