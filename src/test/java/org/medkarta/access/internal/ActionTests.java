package org.medkarta.access.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medkarta.access.internal.RequestStatus.APPROVED;
import static org.medkarta.access.internal.RequestStatus.EXPIRED;
import static org.medkarta.access.internal.RequestStatus.IN_REVIEW;
import static org.medkarta.access.internal.RequestStatus.NEEDS_INFO;
import static org.medkarta.access.internal.RequestStatus.REJECTED;
import static org.medkarta.access.internal.RequestStatus.REVOKED;
import static org.medkarta.access.internal.RequestStatus.SUBMITTED;
import static org.medkarta.access.internal.RequestStatus.WITHDRAWN;

/**
 * The state machine of DOMAIN.md §4, written out once more as a table: every action from
 * every state is either in the table (allowed, to the state it names) or refused.
 */
class ActionTests {

	private static final Map<Action, Set<RequestStatus>> ALLOWED = Map.ofEntries(
			Map.entry(Action.SUBMIT, EnumSet.noneOf(RequestStatus.class)),
			Map.entry(Action.TAKE_INTO_REVIEW, EnumSet.of(SUBMITTED)),
			Map.entry(Action.ASK_INFO, EnumSet.of(IN_REVIEW)),
			Map.entry(Action.ANSWER, EnumSet.of(NEEDS_INFO, IN_REVIEW)),
			Map.entry(Action.CONSENT, EnumSet.of(NEEDS_INFO, IN_REVIEW)),
			Map.entry(Action.APPROVE, EnumSet.of(IN_REVIEW)),
			Map.entry(Action.REJECT, EnumSet.of(IN_REVIEW, NEEDS_INFO)),
			Map.entry(Action.REJECT_BY_COURT, EnumSet.of(SUBMITTED, IN_REVIEW, NEEDS_INFO)),
			Map.entry(Action.WITHDRAW, EnumSet.of(SUBMITTED, IN_REVIEW, NEEDS_INFO)),
			Map.entry(Action.REVOKE_BY_CLINIC, EnumSet.of(APPROVED)),
			Map.entry(Action.REVOKE_BY_PARENT, EnumSet.of(APPROVED)),
			Map.entry(Action.REVOKE_BY_COURT, EnumSet.of(APPROVED)), Map.entry(Action.EXPIRE, EnumSet.of(APPROVED)),
			Map.entry(Action.CLOSE_BY_AGE, EnumSet.of(SUBMITTED, IN_REVIEW, NEEDS_INFO)));

	private static final Map<Action, RequestStatus> TARGET = Map.ofEntries(Map.entry(Action.SUBMIT, SUBMITTED),
			Map.entry(Action.TAKE_INTO_REVIEW, IN_REVIEW), Map.entry(Action.ASK_INFO, NEEDS_INFO),
			Map.entry(Action.ANSWER, IN_REVIEW), Map.entry(Action.CONSENT, IN_REVIEW),
			Map.entry(Action.APPROVE, APPROVED), Map.entry(Action.REJECT, REJECTED),
			Map.entry(Action.REJECT_BY_COURT, REJECTED), Map.entry(Action.WITHDRAW, WITHDRAWN),
			Map.entry(Action.REVOKE_BY_CLINIC, REVOKED), Map.entry(Action.REVOKE_BY_PARENT, REVOKED),
			Map.entry(Action.REVOKE_BY_COURT, REVOKED), Map.entry(Action.EXPIRE, EXPIRED),
			Map.entry(Action.CLOSE_BY_AGE, EXPIRED));

	@Test
	void everyActionFromEveryStateIsAllowedOnlyAsTheTableSays() {
		assertThat(ALLOWED.keySet()).containsExactlyInAnyOrder(Action.values());
		int allowed = 0;
		int refused = 0;
		for (Action action : Action.values()) {
			for (RequestStatus status : RequestStatus.values()) {
				boolean expected = ALLOWED.get(action).contains(status);
				assertThat(action.allowedFrom(status)).as(action + " from " + status).isEqualTo(expected);
				if (expected) {
					allowed++;
				}
				else {
					refused++;
				}
			}
			assertThat(action.to()).as(action.name()).isEqualTo(TARGET.get(action));
		}
		assertThat(allowed).isEqualTo(22);
		assertThat(refused).isEqualTo(Action.values().length * RequestStatus.values().length - 22);
	}

	@Test
	void decidedRequestsAreFinalExceptThatAGrantCanEnd() {
		for (RequestStatus end : EnumSet.of(REJECTED, WITHDRAWN, REVOKED, EXPIRED)) {
			for (Action action : Action.values()) {
				assertThat(action.allowedFrom(end)).as(action + " from " + end).isFalse();
			}
		}
		assertThat(EnumSet.allOf(Action.class).stream().filter((action) -> action.allowedFrom(APPROVED)))
			.containsExactlyInAnyOrder(Action.REVOKE_BY_CLINIC, Action.REVOKE_BY_PARENT, Action.REVOKE_BY_COURT,
					Action.EXPIRE);
	}

	@Test
	void eachSideTakesOnlyItsOwnActions() {
		assertThat(EnumSet.allOf(Action.class).stream().filter((action) -> action.actor() == Actor.CLINIC))
			.containsExactlyInAnyOrder(Action.TAKE_INTO_REVIEW, Action.ASK_INFO, Action.APPROVE, Action.REJECT,
					Action.REVOKE_BY_CLINIC);
		assertThat(EnumSet.allOf(Action.class).stream().filter((action) -> action.actor() == Actor.PARENT))
			.containsExactlyInAnyOrder(Action.SUBMIT, Action.ANSWER, Action.WITHDRAW, Action.REVOKE_BY_PARENT);
	}

	@Test
	void openStatesHoldTheGuardiansOnePlace() {
		assertThat(EnumSet.allOf(RequestStatus.class).stream().filter(RequestStatus::open))
			.containsExactlyInAnyOrder(SUBMITTED, IN_REVIEW, NEEDS_INFO, APPROVED);
		assertThat(EnumSet.allOf(RequestStatus.class).stream().filter(RequestStatus::undecided))
			.containsExactlyInAnyOrder(SUBMITTED, IN_REVIEW, NEEDS_INFO);
	}

}
