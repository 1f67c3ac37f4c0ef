package org.medkarta.identity.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionOperations;

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

	@Test
	void withinARequestASessionIsReadOnce() throws Exception {
		Counted sessions = new Counted();
		SessionStore store = new SessionStore(sessions);
		MapSession session = sessions.saved();
		inARequest(() -> {
			SessionStore.Stored first = store.findById(session.getId());
			assertThat(store.findById(session.getId())).isSameAs(first);
			assertThat(store.findById("unknown")).isNull();
		});
		assertThat(sessions.reads).isEqualTo(2);
		inARequest(() -> store.findById(session.getId()));
		assertThat(sessions.reads).as("a new request reads it again").isEqualTo(3);
		store.findById(session.getId());
		store.findById(session.getId());
		assertThat(sessions.reads).as("outside a request every call reads").isEqualTo(5);
	}

	@Test
	void aSessionDeletedOrGivenANewIdIsNotGivenAgain() throws Exception {
		Counted sessions = new Counted();
		SessionStore store = new SessionStore(sessions);
		MapSession session = sessions.saved();
		String id = session.getId();
		inARequest(() -> {
			store.findById(id).changeSessionId();
			assertThat(store.findById(id)).as("the stored row still has the old id").isNotNull();
			store.deleteById(id);
			assertThat(store.findById(id)).isNull();
		});
		assertThat(sessions.reads).isEqualTo(3);
	}

	@Test
	void aReadRunsWithoutATransactionAndAWriteInANewOne() {
		Transactions manager = new Transactions();
		TransactionOperations transactions = SessionStore.transactions(manager);
		Counted sessions = new Counted() {
			@Override
			public MapSession findById(String id) {
				return transactions.execute((status) -> super.findById(id));
			}

			@Override
			public void save(MapSession session) {
				transactions.executeWithoutResult((status) -> super.save(session));
			}
		};
		SessionStore store = new SessionStore(sessions);
		MapSession session = sessions.saved();
		assertThat(manager.begun).containsExactly(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		assertThat(store.findById(session.getId())).isNotNull();
		assertThat(manager.begun).as("the read began none").hasSize(1);
		store.save(store.findById(session.getId()));
		assertThat(manager.begun).as("the write began one").hasSize(2);
	}

	/** A transaction manager that notes the propagation of each transaction begun. */
	static final class Transactions implements PlatformTransactionManager {

		final List<Integer> begun = new ArrayList<>();

		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			this.begun.add(definition.getPropagationBehavior());
			return new SimpleTransactionStatus();
		}

		@Override
		public void commit(TransactionStatus status) {
		}

		@Override
		public void rollback(TransactionStatus status) {
		}

	}

	private static void inARequest(Runnable body) throws IOException, ServletException {
		FilterChain chain = (request, response) -> body.run();
		SessionStore.perRequest().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
	}

	/** Sessions in a map, counting the reads. */
	static class Counted implements FindByIndexNameSessionRepository<MapSession> {

		private final Map<String, MapSession> sessions = new HashMap<>();

		int reads;

		@Override
		public MapSession createSession() {
			return new MapSession();
		}

		@Override
		public void save(MapSession session) {
			this.sessions.put(session.getId(), new MapSession(session));
		}

		@Override
		public MapSession findById(String id) {
			this.reads++;
			MapSession found = this.sessions.get(id);
			return (found != null) ? new MapSession(found) : null;
		}

		MapSession saved() {
			MapSession session = createSession();
			save(session);
			return session;
		}

		@Override
		public void deleteById(String id) {
			this.sessions.remove(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}

	}

}
