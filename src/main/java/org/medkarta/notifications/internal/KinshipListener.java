package org.medkarta.notifications.internal;

import java.util.List;

import org.medkarta.family.GuardianshipRejected;
import org.medkarta.family.GuardianshipVerified;
import org.medkarta.notifications.Inbox;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the guardian in «Уведомления» how the kinship check ended.
 */
@Component
class KinshipListener {

	private final Inbox inbox;

	KinshipListener(Inbox inbox) {
		this.inbox = inbox;
	}

	@ApplicationModuleListener
	void on(GuardianshipVerified event) {
		this.inbox.post(event.guardian().value(), new Inbox.InboxMessage("inbox.kinship-verified.title",
				"inbox.kinship-verified.body", List.of(), "/family", null));
	}

	@ApplicationModuleListener
	void on(GuardianshipRejected event) {
		this.inbox.post(event.guardian().value(), new Inbox.InboxMessage("inbox.kinship-rejected.title",
				"inbox.kinship-rejected.body", List.of(Inbox.InboxMessage.literal(event.reason())), "/family", null));
	}

}
