package org.medkarta.identity.internal;

import java.time.Clock;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Who may open what, and the headers, cookies and CSRF protection every response gets
 * (SECURITY.md §4–5). Deny by default: a page not named here needs a signed-in account.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

	/**
	 * Sessions with the last-request time written once a minute, and read without a
	 * transaction ({@link SessionStore}).
	 */
	@Bean
	static BeanPostProcessor sessionStore(ObjectProvider<PlatformTransactionManager> transactions) {
		return SessionStore.wrapping(transactions);
	}

	/**
	 * A session read once per request ({@link SessionStore}), around Spring Session's
	 * filter.
	 */
	@Bean
	FilterRegistrationBean<Filter> sessionReadOncePerRequest() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(SessionStore.perRequest());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * The CSRF token lives in an HttpOnly cookie and is sent back in each form, so pages
	 * for visitors who are not signed in need no server session (and no database write).
	 */
	@Bean
	CsrfTokenRepository csrfTokenRepository(@Value("${medkarta.security.secure-cookies}") boolean secure) {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieName("MEDKARTA_CSRF");
		repository.setCookieCustomizer((cookie) -> cookie.httpOnly(true).secure(secure).sameSite("Lax").path("/"));
		return repository;
	}

	@Bean
	RequestCache requestCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		return cache;
	}

	@Bean
	SessionLifetimeFilter sessionLifetimeFilter(Clock clock) {
		return new SessionLifetimeFilter(clock);
	}

	/**
	 * The filter runs inside the security chain only, not a second time as a servlet
	 * filter.
	 */
	@Bean
	FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilterRegistration(SessionLifetimeFilter filter) {
		FilterRegistrationBean<SessionLifetimeFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, SecurityContextRepository contexts, CsrfTokenRepository csrf,
			RequestCache requestCache, SessionLifetimeFilter lifetime,
			@Value("${medkarta.dev.outbox}") boolean devOutbox,
			@Value("${medkarta.security.secure-cookies}") boolean secure) {
		http.securityContext((context) -> context.securityContextRepository(contexts))
			.csrf((c) -> c.csrfTokenRepository(csrf))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.authorizeHttpRequests((requests) -> {
				requests.requestMatchers("/css/**", "/js/**", "/fonts/**", "/img/**", "/webjars/**", "/favicon.ico")
					.permitAll();
				requests
					.requestMatchers("/", "/register", "/register/**", "/signin", "/signin/**", "/password-reset",
							"/password-reset/**", "/email/confirm", "/language", "/error", "/signed-out")
					.permitAll();
				requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
				requests.requestMatchers("/actuator/**").hasRole("ADMIN");
				if (devOutbox) {
					requests.requestMatchers("/dev/**").permitAll();
				}
				else {
					requests.requestMatchers("/dev/**").denyAll();
				}
				requests.requestMatchers("/admin/**").hasRole("ADMIN");
				requests.requestMatchers("/operator/**").hasRole("OPERATOR");
				requests.requestMatchers("/clinic/**").hasAnyRole("CLINIC_STAFF", "CLINIC_ADMIN");
				requests.anyRequest().authenticated();
			})
			.exceptionHandling(
					(handling) -> handling.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/signin")))
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.logoutUrl("/signout")
				.logoutSuccessUrl("/signed-out")
				.invalidateHttpSession(true)
				.clearAuthentication(true)
				.deleteCookies("MEDKARTA_SESSION"))
			.headers((headers) -> {
				headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
				headers.frameOptions((frame) -> frame.deny());
				headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
				headers.contentTypeOptions(Customizer.withDefaults());
				headers.cacheControl(Customizer.withDefaults());
				if (secure) {
					headers.httpStrictTransportSecurity(
							(hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
				}
				else {
					headers.httpStrictTransportSecurity((hsts) -> hsts.disable());
				}
			})
			.addFilterAfter(lifetime, SecurityContextHolderFilter.class);
		return http.build();
	}

}
