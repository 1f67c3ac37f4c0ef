package org.medkarta.access;

/**
 * What an access notice tells its reader. Each kind has a title and a body in the message
 * files ({@code notice.<kind>.title}, {@code notice.<kind>.body}).
 */
public enum NoticeKind {

	SUBMITTED, TAKEN_INTO_REVIEW, INFO_REQUESTED, CONSENT_REQUESTED, CONSENT_ASKED_OF_YOU, ANSWERED, CONSENT_GIVEN,
	CONSENT_DECLINED, APPROVED, REJECTED, REJECTED_BY_COURT, WITHDRAWN, REVOKED_BY_CLINIC, REVOKED_BY_PARENT,
	REVOKED_BY_COURT, EXPIRING, EXPIRING_FOR_CHILD, EXPIRED, CLOSED_BY_AGE, OVERDUE

}
