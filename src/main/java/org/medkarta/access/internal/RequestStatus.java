package org.medkarta.access.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an access request stands (DOMAIN.md §4). APPROVED is the active grant.
 */
enum RequestStatus {

	SUBMITTED, IN_REVIEW, NEEDS_INFO, APPROVED, REJECTED, WITHDRAWN, REVOKED, EXPIRED;

	/** The clinic has not decided yet. */
	static final Set<RequestStatus> UNDECIDED = EnumSet.of(SUBMITTED, IN_REVIEW, NEEDS_INFO);

	boolean undecided() {
		return UNDECIDED.contains(this);
	}

	/** Still holds the guardian's one place: undecided, or an active grant. */
	boolean open() {
		return undecided() || this == APPROVED;
	}

}
