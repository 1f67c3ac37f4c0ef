package org.medkarta.identity.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.session.MapSession;

import static org.assertj.core.api.Assertions.assertThat;

class SessionStoreTests {

	private final Instant start = Instant.now();

	private SessionStore.Stored stored() {
		MapSession session = new MapSession();
		session.setLastAccessedTime(this.start);
		return new SessionStore.Stored(session);
	}

	@Test
	void aRequestWithinAMinuteLeavesTheLastRequestTimeAsStored() {
		SessionStore.Stored session = stored();
		session.setLastAccessedTime(this.start.plusSeconds(59));
		assertThat(session.getLastAccessedTime()).isEqualTo(this.start);
	}

	@Test
	void aRequestAMinuteOrMoreLaterMovesIt() {
		SessionStore.Stored session = stored();
		session.setLastAccessedTime(this.start.plus(Duration.ofMinutes(1)));
		assertThat(session.getLastAccessedTime()).isEqualTo(this.start.plus(Duration.ofMinutes(1)));
		session.setLastAccessedTime(this.start.plus(Duration.ofMinutes(5)));
		assertThat(session.getLastAccessedTime()).isEqualTo(this.start.plus(Duration.ofMinutes(5)));
	}

	@Test
	void anEarlierTimeIsTakenAsItIs() {
		SessionStore.Stored session = stored();
		session.setLastAccessedTime(this.start.minusSeconds(5));
		assertThat(session.getLastAccessedTime()).isEqualTo(this.start.minusSeconds(5));
	}

	@Test
	void everythingElseIsTheStoredSessions() {
		SessionStore.Stored session = stored();
		session.setAttribute("a", 1);
		session.setMaxInactiveInterval(Duration.ofMinutes(30));
		assertThat((Integer) session.getAttribute("a")).isEqualTo(1);
		assertThat(session.getAttributeNames()).containsExactly("a");
		assertThat(session.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
		assertThat(session.isExpired()).isFalse();
		String before = session.getId();
		assertThat(session.changeSessionId()).isNotEqualTo(before).isEqualTo(session.getId());
		session.removeAttribute("a");
		assertThat(session.getAttributeNames()).isEmpty();
	}

}
