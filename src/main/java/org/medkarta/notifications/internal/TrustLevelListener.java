package org.medkarta.notifications.internal;

import java.util.List;

import org.medkarta.identity.TrustLevelLowered;
import org.medkarta.identity.TrustLevelRaised;
import org.medkarta.notifications.Inbox;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the account holder in «Уведомления» when the trust level changes.
 */
@Component
class TrustLevelListener {

	private final Inbox inbox;

	TrustLevelListener(Inbox inbox) {
		this.inbox = inbox;
	}

	@ApplicationModuleListener
	void on(TrustLevelRaised event) {
		this.inbox.post(event.account().value(), new Inbox.InboxMessage("inbox.trust-raised.title",
				"inbox.trust-raised.body", List.of("msg:trust." + event.level().name()), "/profile", null));
	}

	@ApplicationModuleListener
	void on(TrustLevelLowered event) {
		this.inbox.post(event.account().value(), new Inbox.InboxMessage("inbox.trust-lowered.title",
				"inbox.trust-lowered.body", List.of("msg:trust." + event.level().name()), "/profile", null));
	}

}
