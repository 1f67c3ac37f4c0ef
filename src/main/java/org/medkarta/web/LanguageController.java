package org.medkarta.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language switch in the header: a small form, so it works without JavaScript.
 */
@Controller
class LanguageController {

	private final LocaleResolver locales;

	private final ApplicationEventPublisher events;

	LanguageController(LocaleResolver locales, ApplicationEventPublisher events) {
		this.locales = locales;
		this.events = events;
	}

	@PostMapping("/language")
	String choose(@RequestParam(name = "lang", defaultValue = "ru") String lang,
			@RequestParam(name = "return", defaultValue = "/") String returnTo, HttpServletRequest request,
			HttpServletResponse response) {
		Locale locale = "en".equals(lang) ? Locale.ENGLISH : WebConfiguration.RUSSIAN;
		this.locales.setLocale(request, response, locale);
		this.events.publishEvent(new LanguageChosen(locale));
		return "redirect:" + safeReturn(returnTo);
	}

	/** Only a path of this site, so the switch cannot send anyone elsewhere. */
	static String safeReturn(String path) {
		if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\") || path.length() > 500
				|| path.chars().anyMatch(Character::isISOControl)) {
			return "/";
		}
		return path;
	}

}
