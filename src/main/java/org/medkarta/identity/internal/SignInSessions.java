package org.medkarta.identity.internal;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.medkarta.identity.CurrentAccount;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Turns a session into a signed-in one once both factors are proven: a new session id, a
 * new CSRF token, the account in the security context, the time of sign-in.
 */
@Component
class SignInSessions {

	private final SecurityContextRepository contexts;

	private final CsrfTokenRepository csrf;

	private final Clock clock;

	SignInSessions(SecurityContextRepository contexts, CsrfTokenRepository csrf, Clock clock) {
		this.contexts = contexts;
		this.csrf = csrf;
		this.clock = clock;
	}

	void signIn(CurrentAccount account, HttpServletRequest request, HttpServletResponse response) {
		request.getSession(true);
		request.changeSessionId();
		List<SimpleGrantedAuthority> authorities = account.roles()
			.stream()
			.map((role) -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(account, null, authorities);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		CsrfToken token = this.csrf.generateToken(request);
		this.csrf.saveToken(token, request, response);
		request.getSession().setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, this.clock.millis());
		request.getSession().setAttribute(SessionLifetimeFilter.LAST_SEEN_AT, this.clock.millis());
	}

}
