package org.medkarta.audit;

import java.util.UUID;

/**
 * One access to a record, as it is written down.
 *
 * @param actor the account that asked
 * @param actorRole the role it acted in (CITIZEN, CLINIC_STAFF, …)
 * @param child the child whose record it was, or {@code null} for a person's own record
 * @param subjectSnils whose record, by SNILS (never shown in URLs or logs)
 * @param section which part (OVERVIEW, VISITS, PDF, FHIR, …)
 * @param action VIEW, DOWNLOAD or EXPORT
 * @param allowed whether the policy let them in
 * @param reason the policy's reason for a refusal, or {@code null}
 * @param clientAddress the client's address
 * @param requestId the request's id, to find it in the logs
 */
public record AuditEvent(UUID actor, String actorRole, UUID child, String subjectSnils, String section, String action,
		boolean allowed, String reason, String clientAddress, String requestId) {
}
