package org.medkarta.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session after 30 minutes without a request or 12 hours after sign-in,
 * whichever comes first (SECURITY.md §4). Time comes from the application clock, so the
 * limits are tested without waiting.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	static final String SIGNED_IN_AT = "medkarta.signedInAt";

	static final String LAST_SEEN_AT = "medkarta.lastSeenAt";

	/**
	 * Set on the fresh session of someone whose session just ended, for the sign-in page
	 * to say why.
	 */
	static final String EXPIRED = "medkarta.sessionExpired";

	static final Duration IDLE_LIMIT = Duration.ofMinutes(30);

	static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);

	/**
	 * How stale the last request's time may be: writing it on every request would cost a
	 * session write each time. The session may therefore end up to this much early, never
	 * late.
	 */
	static final Duration SEEN_PRECISION = Duration.ofMinutes(1);

	private final Clock clock;

	SessionLifetimeFilter(Clock clock) {
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt) {
			long now = this.clock.millis();
			Object lastSeen = session.getAttribute(LAST_SEEN_AT);
			long lastSeenAt = (lastSeen instanceof Long value) ? value : signedInAt;
			if (now - signedInAt > ABSOLUTE_LIMIT.toMillis() || now - lastSeenAt > IDLE_LIMIT.toMillis()) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				request.getSession(true).setAttribute(EXPIRED, Boolean.TRUE);
			}
			else if (now - lastSeenAt >= SEEN_PRECISION.toMillis()
					&& !request.getRequestURI().startsWith(request.getContextPath() + "/actuator")) {
				session.setAttribute(LAST_SEEN_AT, now);
			}
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}

}
