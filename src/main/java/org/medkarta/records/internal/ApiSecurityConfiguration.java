package org.medkarta.records.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.medkarta.clinics.ClinicApiKeys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API for clinics' systems ({@code /api/**}) has a security chain of its own: an API
 * key in {@code Authorization: Bearer …} and nothing else. No session is read or made, so
 * a signed-in browser cannot call it, and the key opens no web page (the web chain never
 * looks at the header). No CSRF token: there is no cookie to ride on.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ClinicApiKeys keys, FhirContext fhir) throws Exception {
		http.securityMatcher("/api/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.addFilterBefore(new ApiKeyFilter(keys), AuthorizationFilter.class)
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasAuthority(ClinicSystem.AUTHORITY))
			.exceptionHandling((handling) -> handling
				.authenticationEntryPoint((request, response, ex) -> problem(fhir, response, 401,
						OperationOutcome.IssueType.LOGIN, "An API key is needed: Authorization: Bearer <key>"))
				.accessDeniedHandler((request, response, ex) -> problem(fhir, response, 403,
						OperationOutcome.IssueType.FORBIDDEN, "This key may not do that")));
		return http.build();
	}

	static void problem(FhirContext fhir, HttpServletResponse response, int status, OperationOutcome.IssueType type,
			String text) throws IOException {
		response.setStatus(status);
		response.setContentType("application/fhir+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write(fhir.newJsonParser().encodeResourceToString(FhirImport.outcome(type, "Authorization", text)));
	}

	/**
	 * Reads the key; an unknown or revoked key simply leaves the request unauthenticated.
	 */
	static final class ApiKeyFilter extends OncePerRequestFilter {

		private final ClinicApiKeys keys;

		ApiKeyFilter(ClinicApiKeys keys) {
			this.keys = keys;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header != null && header.startsWith("Bearer ")) {
				this.keys.authenticate(header.substring("Bearer ".length()).strip()).ifPresent((clinic) -> {
					SecurityContext context = SecurityContextHolder.createEmptyContext();
					context
						.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new ClinicSystem(clinic),
								null, List.of(new SimpleGrantedAuthority(ClinicSystem.AUTHORITY))));
					SecurityContextHolder.setContext(context);
				});
			}
			chain.doFilter(request, response);
		}

	}

}
