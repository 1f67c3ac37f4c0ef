package org.medkarta.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.medkarta.identity.AccountContact;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.notifications.Inbox;
import org.medkarta.notifications.Notifier;
import org.medkarta.notifications.SmsGateway;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers notices. Each e-mail and SMS is claimed first under its key in
 * {@code mail_deliveries}, in the caller's transaction: a second sender finds the claim
 * and sends nothing, and a send that fails rolls the claim back with the caller's work.
 */
@Service
class NotifierService implements Notifier {

	private final Inbox inbox;

	private final Accounts accounts;

	private final MailGateway mail;

	private final SmsGateway sms;

	private final NoticeTexts texts;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	NotifierService(Inbox inbox, Accounts accounts, MailGateway mail, SmsGateway sms, NoticeTexts texts,
			MessageSource messages, JdbcClient jdbc, Clock clock) {
		this.inbox = inbox;
		this.accounts = accounts;
		this.mail = mail;
		this.sms = sms;
		this.texts = texts;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Set<Channel> send(AccountId to, Notice notice, Set<Channel> channels) {
		Set<Channel> sent = EnumSet.noneOf(Channel.class);
		AccountContact contact = this.accounts.contactOf(to).orElse(null);
		if (channels.contains(Channel.INBOX) && claim("inbox:" + to.value() + ":" + notice.key())) {
			this.inbox.post(to.value(), new Inbox.InboxMessage(notice.titleKey(), notice.bodyKey(), notice.arguments(),
					notice.link(), notice.key()));
			sent.add(Channel.INBOX);
		}
		if (contact == null) {
			return sent;
		}
		Locale locale = NoticeTexts.language(contact.locale());
		if (channels.contains(Channel.EMAIL) && contact.email().isPresent()
				&& claim("mail:" + to.value() + ":" + notice.key())) {
			this.mail.send(contact.email().get(), text(notice.titleKey(), notice, locale),
					this.texts.mailBody(text(notice.bodyKey(), notice, locale), notice.link(), locale));
			sent.add(Channel.EMAIL);
		}
		if (channels.contains(Channel.SMS) && claim("sms:" + to.value() + ":" + notice.key())) {
			this.sms.send(contact.phone(),
					text(notice.bodyKey(), notice, locale) + " " + this.texts.link(notice.link()));
			sent.add(Channel.SMS);
		}
		return sent;
	}

	private boolean claim(String key) {
		return this.jdbc
			.sql("INSERT INTO mail_deliveries (dedup_key, sent_at) VALUES (:key, :now) ON CONFLICT DO NOTHING")
			.param("key", key)
			.param("now", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	private String text(String key, Notice notice, Locale locale) {
		Object[] arguments = notice.arguments()
			.stream()
			.map((argument) -> argument.startsWith("txt:") ? argument.substring(4)
					: argument.startsWith("msg:")
							? this.messages.getMessage(argument.substring(4), null, argument, locale) : argument)
			.toArray();
		return this.messages.getMessage(key, arguments, locale);
	}

}
