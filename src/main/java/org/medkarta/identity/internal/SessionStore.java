package org.medkarta.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sessions in PostgreSQL, as Spring Session keeps them, with one change: the time of
 * the last request is written at most once a minute. Spring Session sets it on every
 * request, and a changed time is a changed session, so each page cost an UPDATE of the
 * session row even when nothing else changed. A session may therefore end up to a minute
 * early, never late, the same precision as the idle limit of
 * {@link SessionLifetimeFilter}.
 * <p>
 * And a session is read from the database once per request: Spring Session's filter saves
 * the session twice, when the response is committed and when the request ends, and the
 * second save looked the session up again only to learn the id the browser sent. Within a
 * request ({@link #perRequest()}) a session read once is given again, as long as it still
 * has the id it was read under and has not been deleted.
 * <p>
 * That read is one SELECT and runs without a transaction ({@link #transactions}); Spring
 * Session wraps it in one, which cost a BEGIN and a COMMIT on every page. Its writes,
 * which change several rows, keep theirs.
 */
class SessionStore implements FindByIndexNameSessionRepository<SessionStore.Stored> {

	/** The sessions read during the request this thread serves, if it serves one. */
	private static final ThreadLocal<Map<String, Stored>> READ = new ThreadLocal<>();

	/** Set while this thread reads a session in {@link #findById}. */
	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionStore(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * The filter that marks a request's beginning and end for the sessions read in it; it
	 * runs before Spring Session's own filter.
	 */
	static Filter perRequest() {
		return (request, response, chain) -> {
			if (READ.get() != null) {
				chain.doFilter(request, response);
				return;
			}
			READ.set(new HashMap<>(4));
			try {
				chain.doFilter(request, response);
			}
			finally {
				READ.remove();
			}
		};
	}

	/**
	 * Puts the store in place of the repository Spring Session made, so its filter and
	 * everything else that asks for the session repository get the store; and gives
	 * Spring Session's configuration the {@link #transactions} to make that repository
	 * with.
	 */
	static BeanPostProcessor wrapping(ObjectProvider<PlatformTransactionManager> manager) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof JdbcHttpSessionConfiguration configuration) {
					configuration.setTransactionOperations(transactions(manager.getObject()));
				}
				return bean;
			}

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof JdbcIndexedSessionRepository sessions) ? new SessionStore(sessions) : bean;
			}
		};
	}

	/**
	 * The transactions Spring Session runs its statements in: a new one for each write,
	 * as Spring Session's own default, and none for the read in {@link #findById}.
	 */
	static TransactionOperations transactions(PlatformTransactionManager manager) {
		TransactionTemplate writes = new TransactionTemplate(manager);
		writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new TransactionOperations() {
			@Override
			public <T> T execute(TransactionCallback<T> action) {
				return (READING.get() != null) ? TransactionOperations.withoutTransaction().execute(action)
						: writes.execute(action);
			}
		};
	}

	@Override
	public Stored createSession() {
		return new Stored(this.sessions.createSession());
	}

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public void save(Stored session) {
		// Spring Session's own session type is not public; the one saved is the one it
		// made.
		((SessionRepository) this.sessions).save(session.session);
	}

	@Override
	public Stored findById(String id) {
		Map<String, Stored> read = READ.get();
		Stored seen = (read != null) ? read.get(id) : null;
		if (seen != null && seen.getId().equals(id)) {
			return seen;
		}
		Session found;
		READING.set(Boolean.TRUE);
		try {
			found = this.sessions.findById(id);
		}
		finally {
			READING.remove();
		}
		if (found == null) {
			return null;
		}
		Stored stored = new Stored(found);
		if (read != null) {
			read.put(id, stored);
		}
		return stored;
	}

	@Override
	public void deleteById(String id) {
		Map<String, Stored> read = READ.get();
		if (read != null) {
			read.remove(id);
		}
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, Stored> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Stored> found = new LinkedHashMap<>();
		for (Map.Entry<String, ? extends Session> session : this.sessions
			.findByIndexNameAndIndexValue(indexName, indexValue)
			.entrySet()) {
			found.put(session.getKey(), new Stored(session.getValue()));
		}
		return found;
	}

	/** A stored session whose last-request time moves in steps of a minute. */
	static final class Stored implements Session {

		private final Session session;

		Stored(Session session) {
			this.session = session;
		}

		@Override
		public void setLastAccessedTime(Instant time) {
			Instant last = this.session.getLastAccessedTime();
			if (time.isBefore(last)
					|| Duration.between(last, time).compareTo(SessionLifetimeFilter.SEEN_PRECISION) >= 0) {
				this.session.setLastAccessedTime(time);
			}
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String name) {
			return this.session.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.session.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.session.removeAttribute(name);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
