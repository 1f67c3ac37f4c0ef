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

}
