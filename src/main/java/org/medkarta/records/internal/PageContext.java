package org.medkarta.records.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.medkarta.identity.Menu;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriUtils;

/**
 * What a compiled record template needs besides its data: the reader's language and the
 * messages in it, addresses under the application's context path, and the layout's facts
 * (the menu, the unread count, the form token, the page's path, a message carried over a
 * redirect). Made once per request by {@link RecordPages}; the fragments embedded in the
 * Thymeleaf pages get one without the layout's facts.
 *
 * @param locale the reader's language
 * @param messages the application's messages
 * @param contextPath the application's context path, empty at the root
 * @param response the response the page is written to, which knows the addresses of the
 * scripts and styles; {@code null} for a fragment
 * @param menu the navigation the reader sees
 * @param unread the reader's unread notifications
 * @param csrf the form token, {@code null} outside a request
 * @param currentPath where the language switch returns to
 * @param flash a success message's key carried over a redirect, or {@code null}
 * @param flashError an error message's key carried over a redirect, or {@code null}
 */
record PageContext(Locale locale, MessageSource messages, String contextPath, HttpServletResponse response,
		Menu.Shown menu, long unread, CsrfToken csrf, String currentPath, String flash, String flashError) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	/** The language's code for the page's {@code lang}. */
	String lang() {
		return this.locale.getLanguage();
	}

	/**
	 * A message in the reader's language, or {@code ??key_locale??} when there is none,
	 * as the Thymeleaf pages show a missing one.
	 */
	String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, "??" + key + "_" + this.locale + "??", this.locale);
	}

	/** An address inside the application. */
	String url(String path) {
		return this.contextPath + path;
	}

	/**
	 * The address of a script or style, as the response gives it (a web jar's with its
	 * version).
	 */
	String asset(String path) {
		return this.response.encodeURL(this.contextPath + path);
	}

	/** An address inside the application with one query parameter, its value encoded. */
	String url(String path, String name, String value) {
		return this.contextPath + path + "?" + name + "=" + UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
	}

	/** A day as people write it. */
	String day(LocalDate day) {
		return DAY.format(day);
	}

	/** A moment in Moscow, to the minute. */
	String minute(Instant at) {
		return MINUTE.format(at.atZone(RecordController.MOSCOW));
	}

	/** A value the clinic sent, as text; nothing for none. */
	String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
