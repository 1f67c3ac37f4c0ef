package org.medkarta.identity.internal;

import java.util.UUID;

import org.medkarta.identity.CurrentAccount;
import org.medkarta.web.FormErrors;
import org.medkarta.web.DecisionReason;

import org.springframework.dao.OptimisticLockingFailureException;
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
 * The operator's back office for identity cases: the queue, oldest first, and the case
 * page with the personal data, the registry's answer and the passport scan.
 */
@Controller
class OperatorController {

	private final IdentityReviewService reviews;

	private final AccountRepository accounts;

	OperatorController(IdentityReviewService reviews, AccountRepository accounts) {
		this.reviews = reviews;
		this.accounts = accounts;
	}

	@GetMapping("/operator/identity/{id}")
	String show(@PathVariable("id") UUID id, Model model) {
		IdentityReview review = this.reviews.find(id)
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
		Account account = this.accounts.findById(review.accountId()).orElseThrow();
		model.addAttribute("review", new CaseView(review.id(), review.status().name(), review.submittedAt(),
				review.decidedAt(), review.reason(), review.version(), review.documentId()));
		if (review.decidedBy() != null) {
			model.addAttribute("decidedBy",
					this.accounts.findById(review.decidedBy()).map((by) -> by.phone().masked()).orElse("—"));
		}
		model.addAttribute("personal", account.personalData().map(PersonalDataRow::toData).orElse(null));
		model.addAttribute("registry", account.personalData().orElse(null));
		model.addAttribute("trustLevel", account.trustLevel().name());
		return "operator/identity-case";
	}

	@PostMapping("/operator/identity/{id}")
	String decide(@AuthenticationPrincipal CurrentAccount operator, @PathVariable("id") UUID id,
			@RequestParam(name = "version") long version, @RequestParam(name = "decision") String decision,
			@RequestParam(name = "reason", required = false) String reason, Model model, RedirectAttributes redirect) {
		boolean confirm = "confirm".equals(decision);
		FormErrors errors = new FormErrors();
		DecisionReason.check(!confirm, reason, errors);
		if (errors.hasErrors()) {
			model.addAttribute("errors", errors);
			return show(id, model);
		}
		IdentityReviewService.Decision result;
		try {
			result = this.reviews.decide(id, version, operator.id(), confirm, reason);
		}
		catch (OptimisticLockingFailureException ex) {
			result = IdentityReviewService.Decision.CHANGED_MEANWHILE;
		}
		switch (result) {
			case DECIDED -> redirect.addFlashAttribute("flash", confirm ? "operator.confirmed" : "operator.rejected");
			case CHANGED_MEANWHILE -> redirect.addFlashAttribute("flash", "operator.changed-meanwhile");
			case DATA_CHANGED -> redirect.addFlashAttribute("flash", "operator.data-changed");
		}
		return "redirect:/operator/identity/" + id;
	}

	record CaseView(UUID id, String status, java.time.Instant submittedAt, java.time.Instant decidedAt, String reason,
			long version, UUID documentId) {
	}

}
