package org.medkarta.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, as the servlet container resolved it (behind a proxy,
 * with {@code server.forward-headers-strategy} set).
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

}
