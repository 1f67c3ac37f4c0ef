package org.medkarta.notifications.internal;

import java.util.List;

import org.medkarta.identity.AccountContact;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.IdentityReviewDecided;
import org.medkarta.notifications.Inbox;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the citizen the operator's decision on the passport: in «Уведомления» and by
 * e-mail when the address is confirmed.
 */
@Component
class IdentityReviewListener {

	private final Inbox inbox;

	private final Accounts accounts;

	private final MailGateway mail;

	private final MessageSource texts;

	IdentityReviewListener(Inbox inbox, Accounts accounts, MailGateway mail, MessageSource texts) {
		this.inbox = inbox;
		this.accounts = accounts;
		this.mail = mail;
		this.texts = texts;
	}

	@ApplicationModuleListener
	void on(IdentityReviewDecided event) {
		String kind = event.confirmed() ? "identity-confirmed" : "identity-rejected";
		List<String> args = event.confirmed() ? List.of() : List.of(Inbox.InboxMessage.literal(event.reason()));
		this.inbox.post(event.account().value(),
				new Inbox.InboxMessage("inbox." + kind + ".title", "inbox." + kind + ".body", args, "/profile", null));
		this.accounts.contactOf(event.account()).ifPresent((contact) -> email(contact, kind, args));
	}

	private void email(AccountContact contact, String kind, List<String> args) {
		contact.email()
			.ifPresent((address) -> this.mail.send(address,
					this.texts.getMessage("inbox." + kind + ".title", null, contact.locale()),
					this.texts.getMessage("inbox." + kind + ".body", args.toArray(), contact.locale())));
	}

}
