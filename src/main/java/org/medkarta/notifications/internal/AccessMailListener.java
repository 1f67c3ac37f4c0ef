package org.medkarta.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.medkarta.access.AccessNotice;
import org.medkarta.identity.AccountContact;
import org.medkarta.identity.Accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails each access notice to its reader, when they have a confirmed address. The
 * delivery is recorded under the notice's id in the listener's transaction: a retried
 * event finds it and sends nothing; a failed send rolls the record back, the event stays
 * incomplete in the publication registry and is sent on the next try.
 */
@Component
class AccessMailListener {

	private final Accounts accounts;

	private final MailGateway mail;

	private final NoticeTexts texts;

	private final JdbcClient jdbc;

	private final Clock clock;

	AccessMailListener(Accounts accounts, MailGateway mail, NoticeTexts texts, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.mail = mail;
		this.texts = texts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AccessNotice notice) {
		AccountContact contact = this.accounts.contactOf(notice.recipient()).orElse(null);
		if (contact == null || contact.email().isEmpty()) {
			return;
		}
		int claimed = this.jdbc
			.sql("INSERT INTO mail_deliveries (dedup_key, sent_at) VALUES (:key, :now) ON CONFLICT DO NOTHING")
			.param("key", "notice:" + notice.id())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		if (claimed == 0) {
			return;
		}
		this.mail.send(contact.email().get(), this.texts.subject(notice, contact.locale()),
				this.texts.mailBody(notice, contact.locale()));
	}

}
