package org.medkarta.notifications.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.medkarta.identity.CurrentAccount;

import org.springframework.context.MessageSource;
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

	private final MessageSource texts;

	InboxController(InboxService inbox, MessageSource texts) {
		this.inbox = inbox;
		this.texts = texts;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal CurrentAccount current,
			@RequestParam(name = "page", defaultValue = "0") int page, Locale locale, Model model) {
		int safePage = Math.max(0, Math.min(page, 10_000));
		List<InboxService.Entry> entries = this.inbox.page(current.id().value(), safePage);
		boolean more = entries.size() > InboxService.PAGE_SIZE;
		model.addAttribute("entries",
				(more ? entries.subList(0, InboxService.PAGE_SIZE) : entries).stream()
					.map((entry) -> shown(entry, locale))
					.toList());
		model.addAttribute("page", safePage);
		model.addAttribute("unread", this.inbox.unreadCount(current.id().value()));
		model.addAttribute("more", more);
		return "notifications/inbox";
	}

	/**
	 * An argument written {@code msg:key} is itself a message, shown in the reader's
	 * language; one written {@code txt:…} is text from a person, shown as it is.
	 */
	private Shown shown(InboxService.Entry entry, Locale locale) {
		Object[] args = entry.arguments()
			.stream()
			.map((argument) -> argument.startsWith("txt:") ? argument.substring(4)
					: argument.startsWith("msg:") ? this.texts.getMessage(argument.substring(4), null, argument, locale)
							: argument)
			.toArray();
		return new Shown(entry.id(), this.texts.getMessage(entry.titleKey(), args, locale),
				this.texts.getMessage(entry.bodyKey(), args, locale), entry.link(), entry.createdAt(), entry.read());
	}

	record Shown(UUID id, String title, String body, String link, java.time.Instant createdAt, boolean read) {
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
