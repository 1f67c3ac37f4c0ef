package org.medkarta.records.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.Menu;
import org.medkarta.notifications.Inbox;
import org.medkarta.vaccination.Schedule;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The record's compiled templates ({@code src/main/jte}, turned into Java classes of this
 * package when the application is built; decision 0008). The overview is drawn by them
 * whole, in a copy of the site's layout; the section, "who viewed" and PDF pages, which
 * are Thymeleaf's, embed the same lists, schedule and section menu, drawn here into the
 * model ({@code th:utext}), so each piece of the record's markup is written once.
 */
@Component
class RecordPages {

	/** The record's sections in the menu, in their order, as they appear in addresses. */
	static final List<String> SECTIONS = List.copyOf(RecordController.PAGES.keySet());

	/** A page of the overview's size, so that the buffer is not grown while drawing. */
	private static final int PAGE_BYTES = 24 * 1024;

	private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html,
			RecordPages.class.getClassLoader(), RecordPages.class.getPackageName());

	private final MessageSource messages;

	private final Menu menu;

	private final Inbox inbox;

	RecordPages(MessageSource messages, Menu menu, Inbox inbox) {
		this.messages = messages;
		this.menu = menu;
		this.inbox = inbox;
	}

	/**
	 * A whole page, drawn by the named template in the site's layout from the
	 * controller's model; the template's parameters are taken from the model by name.
	 */
	View page(String template) {
		return new View() {

			@Override
			public String getContentType() {
				return "text/html;charset=UTF-8";
			}

			@Override
			public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
					throws IOException {
				Map<String, Object> parameters = new HashMap<>(model);
				parameters.put("page", context(model, request, response));
				StringOutput html = new StringOutput(PAGE_BYTES);
				RecordPages.this.templates.render(template + ".jte", parameters, html);
				response.setContentType(getContentType());
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.getWriter().write(html.toString());
			}

		};
	}

	/** The list items of entries, for a Thymeleaf page. */
	public String entries(List<RecordReader.Shown> list, String base, Locale locale) {
		return fragment("entries.jte", locale, Map.of("list", list, "base", base));
	}

	/** The vaccination schedule's table, for a Thymeleaf page or the PDF. */
	public String schedule(List<Schedule.Line> lines, Locale locale) {
		return fragment("schedule.jte", locale, Map.of("lines", lines));
	}

	/** The record's section menu, the current section marked, for a Thymeleaf page. */
	public String nav(String base, String current, Locale locale) {
		return fragment("nav.jte", locale, Map.of("base", base, "current", current));
	}

	private PageContext context(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) {
		Menu.Shown shown = this.menu.current();
		long unread = 0;
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (shown.signedIn() && authentication.getPrincipal() instanceof CurrentAccount account) {
			unread = this.inbox.unreadCount(account.id().value());
		}
		return new PageContext(RequestContextUtils.getLocale(request), this.messages, request.getContextPath(),
				response, shown, unread, (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
				(String) model.get("currentPath"), (String) model.get("flash"), (String) model.get("flashError"));
	}

	/**
	 * A fragment for a Thymeleaf page, drawn with the language, the messages and the
	 * context path only (none when a PDF is drawn away from the request).
	 */
	private String fragment(String template, Locale locale, Map<String, Object> data) {
		String contextPath = (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
				? request.getRequest().getContextPath() : "";
		Map<String, Object> parameters = new HashMap<>(data);
		parameters.put("page",
				new PageContext(locale, this.messages, contextPath, null, null, 0, null, null, null, null));
		StringOutput html = new StringOutput();
		this.templates.render(template, parameters, html);
		return html.toString();
	}

}
