package org.medkarta.identity.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link in the confirmation e-mail opens a page with one button; the address is
 * confirmed by pressing it, so a mail scanner that follows links confirms nothing.
 */
@Controller
class EmailConfirmationController {

	private final EmailConfirmations confirmations;

	EmailConfirmationController(EmailConfirmations confirmations) {
		this.confirmations = confirmations;
	}

	@GetMapping("/email/confirm")
	String page(@RequestParam(name = "token", required = false) String token, Model model) {
		model.addAttribute("token", (token != null && token.length() <= 100) ? token : "");
		return "identity/email-confirm";
	}

	@PostMapping("/email/confirm")
	String confirm(@RequestParam(name = "token", required = false) String token, Model model) {
		model.addAttribute("confirmed", this.confirmations.confirm(token));
		return "identity/email-confirmed";
	}

}
