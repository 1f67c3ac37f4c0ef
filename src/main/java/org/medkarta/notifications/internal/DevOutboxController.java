package org.medkarta.notifications.internal;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /dev/outbox}: every SMS and e-mail the application would have sent, newest
 * first, codes included. Exists only in the default mode, never in production.
 */
@Controller
@ConditionalOnProperty(name = "medkarta.dev.outbox", havingValue = "true")
class DevOutboxController {

	static final int SHOWN = 100;

	private final DevOutbox outbox;

	DevOutboxController(DevOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/dev/outbox")
	String page(Model model) {
		model.addAttribute("messages", this.outbox.latest(SHOWN));
		return "dev/outbox";
	}

	@GetMapping(path = "/dev/outbox.json", produces = "application/json")
	@ResponseBody
	List<DevOutbox.OutboxMessage> json() {
		return this.outbox.latest(SHOWN);
	}

}
