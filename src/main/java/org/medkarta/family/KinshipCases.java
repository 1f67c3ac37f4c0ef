package org.medkarta.family;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Kinship cases for the operators' common queue.
 */
public interface KinshipCases {

	/** Cases in the given state (PENDING, VERIFIED or REJECTED), oldest first. */
	List<Case> cases(String status);

	/**
	 * One case as the queue lists it.
	 *
	 * @param id the case
	 * @param applicant the guardian's full name
	 * @param child the child's full name
	 * @param submittedAt when it was submitted
	 */
	record Case(UUID id, String applicant, String child, Instant submittedAt) {
	}

}
