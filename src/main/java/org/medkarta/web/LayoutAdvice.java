package org.medkarta.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the current path, so the language switch returns
 * to it.
 */
@ControllerAdvice
class LayoutAdvice {

	/** Pages shown again after a POST to an address that has no page of its own. */
	private static final Map<String, String> PAGE_OF_ACTION = Map.of("/profile/phone", "/profile", "/profile/email",
			"/profile", "/profile/email/resend", "/profile", "/register/resend", "/register/confirm", "/signin/resend",
			"/signin/code", "/error", "/");

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		String path = request.getRequestURI();
		Object original = request.getAttribute("jakarta.servlet.error.request_uri");
		if (original instanceof String failed) {
			return "/";
		}
		return LanguageController.safeReturn(PAGE_OF_ACTION.getOrDefault(path, path));
	}

}
