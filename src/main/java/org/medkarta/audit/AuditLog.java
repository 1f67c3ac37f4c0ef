package org.medkarta.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The audit trail of record access.
 */
public interface AuditLog {

	/** Writes one row, in a transaction of its own, whatever happens to the request. */
	void record(AuditEvent event);

	/** The views of a child's record that were let in, newest first. */
	List<View> viewsOf(UUID child, int page, int size);

	/**
	 * One allowed access, as the family sees it.
	 *
	 * @param at when
	 * @param actor who
	 * @param actorRole in which role
	 * @param section which part
	 * @param action what they did
	 */
	record View(Instant at, UUID actor, String actorRole, String section, String action) {
	}

}
