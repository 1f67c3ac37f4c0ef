package org.medkarta.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.medkarta.access.AccessNotice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The texts of an access notice: title and body from the message files, and the e-mail
 * around them from {@code templates/mail/notice_<language>.txt}, Russian unless the
 * reader chose English.
 */
@Component
class NoticeTexts {

	private final MessageSource messages;

	private final SpringTemplateEngine mail;

	private final String baseUrl;

	NoticeTexts(MessageSource messages, @Value("${medkarta.base-url}") String baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		this.mail = new SpringTemplateEngine();
		this.mail.setTemplateResolver(resolver);
		this.mail.setTemplateEngineMessageSource(messages);
	}

	static String titleKey(AccessNotice notice) {
		return "notice." + key(notice) + ".title";
	}

	static String bodyKey(AccessNotice notice) {
		return "notice." + key(notice) + ".body";
	}

	String subject(AccessNotice notice, Locale locale) {
		return this.messages.getMessage(titleKey(notice), notice.arguments().toArray(), locale);
	}

	/** The whole e-mail text in the reader's language. */
	String mailBody(AccessNotice notice, Locale locale) {
		Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("ru");
		Context context = new Context(language);
		context.setVariable("body", this.messages.getMessage(mailKey(notice), notice.arguments().toArray(), language));
		context.setVariable("link", this.baseUrl + notice.link());
		return this.mail.process("notice_" + language.getLanguage(), context);
	}

	/** A text already in the reader's language, in the e-mail around it. */
	String mailBody(String body, String link, Locale locale) {
		Locale language = language(locale);
		Context context = new Context(language);
		context.setVariable("body", body);
		context.setVariable("link", link(link));
		return this.mail.process("notice_" + language.getLanguage(), context);
	}

	/** A path of the site as a whole address. */
	String link(String path) {
		return this.baseUrl + path;
	}

	/** Russian unless the reader chose English. */
	static Locale language(Locale locale) {
		return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("ru");
	}

	/**
	 * The e-mail's text: where the inbox text carries what a person wrote (a clinic's
	 * question, a reason, a court decision), the e-mail has a text of its own without it,
	 * since the clinic's words may be clinical and e-mail leaves the portal.
	 */
	private String mailKey(AccessNotice notice) {
		String mail = "notice." + key(notice) + ".mail";
		try {
			this.messages.getMessage(mail, null, Locale.ROOT);
			return mail;
		}
		catch (org.springframework.context.NoSuchMessageException ex) {
			return bodyKey(notice);
		}
	}

	private static String key(AccessNotice notice) {
		return notice.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
