package org.medkarta.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the current path, so the language switch returns
 * to it.
 */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return LanguageController.safeReturn(request.getRequestURI());
	}

}
