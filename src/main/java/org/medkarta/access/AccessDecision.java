package org.medkarta.access;

/**
 * The access policy's answer.
 *
 * @param allowed whether the viewer may see the section now
 * @param denial why not, or {@code null} when allowed
 * @param minorIsTold whether the child is old enough to be told who views the record
 * (DOMAIN.md §5: from 15)
 */
public record AccessDecision(boolean allowed, Denial denial, boolean minorIsTold) {

	public static AccessDecision allow(boolean minorIsTold) {
		return new AccessDecision(true, null, minorIsTold);
	}

	public static AccessDecision deny(Denial denial) {
		return new AccessDecision(false, denial, false);
	}

}
