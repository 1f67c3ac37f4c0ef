package org.medkarta.notifications.internal;

import org.medkarta.identity.CurrentAccount;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The unread count the navigation shows beside «Уведомления». The layout asks for it
 * ({@code @unreadCount.current()}) only when it renders a page for a signed-in person, so
 * redirects, downloads and JSON answers cost no query.
 */
@Component("unreadCount")
class UnreadCount {

	private final InboxService inbox;

	UnreadCount(InboxService inbox) {
		this.inbox = inbox;
	}

	public long current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentAccount account) {
			return this.inbox.unreadCount(account.id().value());
		}
		return 0;
	}

}
