package org.medkarta.access;

import org.medkarta.family.ChildFacts;

/**
 * The access policy's answer.
 *
 * @param allowed whether the viewer may see the section now
 * @param denial why not, or {@code null} when allowed
 * @param minorIsTold whether the child is old enough to be told who views the record
 * (DOMAIN.md §5: from 15)
 * @param linked the child as the viewer's guardian link shows it, read by the policy on
 * the way, so a page need not read it again; {@code null} when the viewer is not linked
 * to the child, and for staff and own-record decisions
 */
public record AccessDecision(boolean allowed, Denial denial, boolean minorIsTold, ChildFacts linked) {

	public static AccessDecision allow(boolean minorIsTold) {
		return new AccessDecision(true, null, minorIsTold, null);
	}

	public static AccessDecision deny(Denial denial) {
		return new AccessDecision(false, denial, false, null);
	}

	/** The same answer, with the child the guardian link showed. */
	public AccessDecision linkedTo(ChildFacts child) {
		return new AccessDecision(this.allowed, this.denial, this.minorIsTold, child);
	}

}
