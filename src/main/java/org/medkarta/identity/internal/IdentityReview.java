package org.medkarta.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An operator's review of an uploaded passport. Decided once: confirming or rejecting a
 * review that is no longer pending is refused.
 */
@Table("identity_reviews")
class IdentityReview {

	enum Status {

		PENDING, CONFIRMED, REJECTED

	}

	@Id
	private final UUID id;

	private final UUID accountId;

	private final UUID documentId;

	private Status status;

	private final Instant submittedAt;

	private Instant decidedAt;

	private UUID decidedBy;

	private String reason;

	@Version
	private Long version;

	@PersistenceCreator
	IdentityReview(UUID id, UUID accountId, UUID documentId, Status status, Instant submittedAt, Instant decidedAt,
			UUID decidedBy, String reason, Long version) {
		this.id = id;
		this.accountId = accountId;
		this.documentId = documentId;
		this.status = status;
		this.submittedAt = submittedAt;
		this.decidedAt = decidedAt;
		this.decidedBy = decidedBy;
		this.reason = reason;
		this.version = version;
	}

	static IdentityReview submitted(UUID accountId, UUID documentId, Instant now) {
		return new IdentityReview(UUID.randomUUID(), accountId, documentId, Status.PENDING, now, null, null, null,
				null);
	}

	void confirm(UUID operator, Instant now) {
		decide(Status.CONFIRMED, operator, null, now);
	}

	void reject(UUID operator, String why, Instant now) {
		if (why == null || why.isBlank()) {
			throw new IllegalArgumentException("A rejection needs a reason");
		}
		decide(Status.REJECTED, operator, why.strip(), now);
	}

	private void decide(Status outcome, UUID operator, String why, Instant now) {
		if (this.status != Status.PENDING) {
			throw new AlreadyDecidedException();
		}
		this.status = outcome;
		this.decidedBy = operator;
		this.decidedAt = now;
		this.reason = why;
	}

	UUID id() {
		return this.id;
	}

	UUID accountId() {
		return this.accountId;
	}

	UUID documentId() {
		return this.documentId;
	}

	Status status() {
		return this.status;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	Instant decidedAt() {
		return this.decidedAt;
	}

	UUID decidedBy() {
		return this.decidedBy;
	}

	String reason() {
		return this.reason;
	}

	Long version() {
		return this.version;
	}

	/** The review was decided by someone else meanwhile. */
	static class AlreadyDecidedException extends RuntimeException {

		AlreadyDecidedException() {
			super("The review has already been decided");
		}

	}

}
