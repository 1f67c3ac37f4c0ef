package org.medkarta.web;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 to a request whose parameters hold control characters (NUL and the like):
 * no form of the portal takes them, and PostgreSQL refuses NUL in text.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ControlCharacterFilter extends OncePerRequestFilter {

	/**
	 * C0 controls and DEL, except tab, line feed and carriage return, which text areas
	 * send.
	 */
	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (hasControlCharacters(request.getParameterMap())) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean hasControlCharacters(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (CONTROL.matcher(parameter.getKey()).find()) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (value != null && CONTROL.matcher(value).find()) {
					return true;
				}
			}
		}
		return false;
	}

}
