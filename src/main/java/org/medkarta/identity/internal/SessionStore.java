package org.medkarta.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The sessions in PostgreSQL, as Spring Session keeps them, with one change: the time of
 * the last request is written at most once a minute. Spring Session sets it on every
 * request, and a changed time is a changed session, so each page cost an UPDATE of the
 * session row even when nothing else changed. A session may therefore end up to a minute
 * early, never late, the same precision as the idle limit of
 * {@link SessionLifetimeFilter}.
 */
class SessionStore implements FindByIndexNameSessionRepository<SessionStore.Stored> {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionStore(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	/**
	 * Puts the store in place of the repository Spring Session made, so its filter and
	 * everything else that asks for the session repository get the store.
	 */
	static BeanPostProcessor wrapping() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof JdbcIndexedSessionRepository sessions) ? new SessionStore(sessions) : bean;
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
		Session found = this.sessions.findById(id);
		return (found != null) ? new Stored(found) : null;
	}

	@Override
	public void deleteById(String id) {
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
