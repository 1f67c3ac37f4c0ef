package org.medkarta.access;

import org.medkarta.family.ChildId;
import org.medkarta.identity.AccountId;

/**
 * The one place that decides whether an account may see a child's record now. Record
 * pages, PDFs, exports and APIs all ask it on every request, so a revoked grant stops the
 * very next one.
 */
public interface AccessPolicy {

	AccessDecision check(AccountId viewer, ChildId child, RecordSection section);

	/**
	 * May this member of a clinic's staff see the child's record now: the child is
	 * attached to a clinic where they work.
	 */
	AccessDecision checkStaff(AccountId staff, ChildId child, RecordSection section);

	/**
	 * May the account holder see their own record now: their identity is confirmed
	 * (CONFIRMED).
	 */
	AccessDecision checkOwn(AccountId holder, RecordSection section);

}
