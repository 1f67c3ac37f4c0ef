package org.medkarta.access.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * The state machine of an access request: each action, who may take it, from which states
 * and to which. Anything else is refused.
 */
enum Action {

	SUBMIT(Actor.PARENT, RequestStatus.SUBMITTED),
	TAKE_INTO_REVIEW(Actor.CLINIC, RequestStatus.IN_REVIEW, RequestStatus.SUBMITTED),
	ASK_INFO(Actor.CLINIC, RequestStatus.NEEDS_INFO, RequestStatus.IN_REVIEW),
	/**
	 * The parent's answer to what the clinic asked: returns a request waiting for it to
	 * review, and adds to one the second parent's consent already returned.
	 */
	ANSWER(Actor.PARENT, RequestStatus.IN_REVIEW, RequestStatus.NEEDS_INFO, RequestStatus.IN_REVIEW),
	/**
	 * The second parent's consent or refusal: returns a request waiting for it to review,
	 * and is recorded on one the parent has already answered.
	 */
	CONSENT(Actor.SECOND_PARENT, RequestStatus.IN_REVIEW, RequestStatus.NEEDS_INFO, RequestStatus.IN_REVIEW),
	APPROVE(Actor.CLINIC, RequestStatus.APPROVED, RequestStatus.IN_REVIEW),
	REJECT(Actor.CLINIC, RequestStatus.REJECTED, RequestStatus.IN_REVIEW, RequestStatus.NEEDS_INFO),
	REJECT_BY_COURT(Actor.COURT, RequestStatus.REJECTED, RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW,
			RequestStatus.NEEDS_INFO),
	WITHDRAW(Actor.PARENT, RequestStatus.WITHDRAWN, RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW,
			RequestStatus.NEEDS_INFO),
	REVOKE_BY_CLINIC(Actor.CLINIC, RequestStatus.REVOKED, RequestStatus.APPROVED),
	REVOKE_BY_PARENT(Actor.PARENT, RequestStatus.REVOKED, RequestStatus.APPROVED),
	REVOKE_BY_COURT(Actor.COURT, RequestStatus.REVOKED, RequestStatus.APPROVED),
	EXPIRE(Actor.SYSTEM, RequestStatus.EXPIRED, RequestStatus.APPROVED),
	/** The child came of age (or gained full capacity) before the clinic decided. */
	CLOSE_BY_AGE(Actor.SYSTEM, RequestStatus.EXPIRED, RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW,
			RequestStatus.NEEDS_INFO);

	private final Actor actor;

	private final RequestStatus to;

	private final EnumSet<RequestStatus> from;

	Action(Actor actor, RequestStatus to, RequestStatus... from) {
		this.actor = actor;
		this.to = to;
		this.from = (from.length == 0) ? EnumSet.noneOf(RequestStatus.class) : EnumSet.of(from[0], from);
	}

	Actor actor() {
		return this.actor;
	}

	RequestStatus to() {
		return this.to;
	}

	/** Whether the action may be taken on a request in this state. */
	boolean allowedFrom(RequestStatus status) {
		return this.from.contains(status);
	}

	Set<RequestStatus> from() {
		return EnumSet.copyOf(this.from);
	}

}
