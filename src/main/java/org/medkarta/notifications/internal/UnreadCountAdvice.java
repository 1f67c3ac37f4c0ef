package org.medkarta.notifications.internal;

import org.medkarta.identity.CurrentAccount;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the unread count the navigation shows beside «Уведомления».
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadCountAdvice {

	private final InboxService inbox;

	UnreadCountAdvice(InboxService inbox) {
		this.inbox = inbox;
	}

	@ModelAttribute("unreadCount")
	Long unreadCount() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentAccount current) {
			return this.inbox.unreadCount(current.id().value());
		}
		return null;
	}

}
