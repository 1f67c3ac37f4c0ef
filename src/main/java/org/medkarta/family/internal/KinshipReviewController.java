package org.medkarta.family.internal;

import java.util.UUID;

import org.medkarta.identity.CurrentAccount;
import org.medkarta.web.FormErrors;
import org.medkarta.web.DecisionReason;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's kinship case page.
 */
@Controller
class KinshipReviewController {

	private final KinshipReviewService reviews;

	KinshipReviewController(KinshipReviewService reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/operator/kinship/{id}")
	String show(@PathVariable("id") UUID id, Model model) {
		model.addAttribute("kase",
				this.reviews.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "operator/kinship-case";
	}

	@PostMapping("/operator/kinship/{id}")
	String decide(@AuthenticationPrincipal CurrentAccount operator, @PathVariable("id") UUID id,
			@RequestParam(name = "version") long version, @RequestParam(name = "decision") String decision,
			@RequestParam(name = "reason", required = false) String reason, Model model, RedirectAttributes redirect) {
		boolean verify = "verify".equals(decision);
		FormErrors errors = new FormErrors();
		DecisionReason.check(!verify, reason, errors);
		if (errors.hasErrors()) {
			model.addAttribute("errors", errors);
			return show(id, model);
		}
		boolean decided = this.reviews.decide(id, version, operator.id(), verify, reason);
		redirect.addFlashAttribute("flash",
				!decided ? "operator.changed-meanwhile" : verify ? "operator.kinship.verified" : "operator.rejected");
		return "redirect:/operator/kinship/" + id;
	}

}
