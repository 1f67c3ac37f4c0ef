package org.medkarta.notifications.internal;

import java.util.List;
import java.util.UUID;

import org.medkarta.identity.CurrentAccount;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * «Уведомления»: the account's messages, newest first, unread marked.
 */
@Controller
class InboxController {

	private final InboxService inbox;

	InboxController(InboxService inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal CurrentAccount current,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		int safePage = Math.max(0, Math.min(page, 10_000));
		List<InboxService.Entry> entries = this.inbox.page(current.id().value(), safePage);
		boolean more = entries.size() > InboxService.PAGE_SIZE;
		model.addAttribute("entries", more ? entries.subList(0, InboxService.PAGE_SIZE) : entries);
		model.addAttribute("page", safePage);
		model.addAttribute("more", more);
		return "notifications/inbox";
	}

	@PostMapping("/notifications/{id}/read")
	String read(@AuthenticationPrincipal CurrentAccount current, @PathVariable("id") UUID id) {
		this.inbox.markRead(current.id().value(), id);
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read-all")
	String readAll(@AuthenticationPrincipal CurrentAccount current) {
		this.inbox.markAllRead(current.id().value());
		return "redirect:/notifications";
	}

}
