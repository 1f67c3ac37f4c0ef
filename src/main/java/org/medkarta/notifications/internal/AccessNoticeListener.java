package org.medkarta.notifications.internal;

import org.medkarta.access.AccessNotice;
import org.medkarta.notifications.Inbox;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Posts each access notice to its reader's «Уведомления», once.
 */
@Component
class AccessNoticeListener {

	private final Inbox inbox;

	AccessNoticeListener(Inbox inbox) {
		this.inbox = inbox;
	}

	@ApplicationModuleListener
	void on(AccessNotice notice) {
		this.inbox.post(notice.recipient().value(),
				new Inbox.InboxMessage(NoticeTexts.titleKey(notice), NoticeTexts.bodyKey(notice),
						notice.arguments().stream().map(Inbox.InboxMessage::literal).toList(), notice.link(),
						"notice:" + notice.id()));
	}

}
