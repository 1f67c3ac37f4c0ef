package org.medkarta.notifications.internal;

import java.util.List;

import org.medkarta.identity.AccountRegistered;
import org.medkarta.notifications.Inbox;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Greets a new account in its inbox with the next step to take.
 */
@Component
class WelcomeListener {

	private final Inbox inbox;

	WelcomeListener(Inbox inbox) {
		this.inbox = inbox;
	}

	@ApplicationModuleListener
	void on(AccountRegistered event) {
		this.inbox.post(event.account().value(),
				new Inbox.InboxMessage("inbox.welcome.title", "inbox.welcome.body", List.of(), "/profile", "welcome"));
	}

}
