package org.medkarta.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Identity cases for the operators' common queue.
 */
public interface IdentityCases {

	/** Cases in the given state (PENDING, CONFIRMED or REJECTED), oldest first. */
	List<Case> cases(String status);

	/**
	 * One case as the queue lists it.
	 *
	 * @param id the case
	 * @param applicant the applicant's full name
	 * @param submittedAt when it was submitted
	 */
	record Case(UUID id, String applicant, Instant submittedAt) {
	}

}
