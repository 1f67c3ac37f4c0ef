package org.medkarta.family.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.medkarta.core.Snils;
import org.medkarta.family.LegalCapacityKind;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.web.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's page for full legal capacity before 18.
 */
@Controller
class LegalCapacityController {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private final LegalCapacityService capacity;

	private final Clock clock;

	LegalCapacityController(LegalCapacityService capacity, Clock clock) {
		this.capacity = capacity;
		this.clock = clock;
	}

	@GetMapping("/operator/capacity")
	String initForm(Model model) {
		return show(new CapacityForm("", "", ""), null, model);
	}

	@PostMapping("/operator/capacity")
	String processForm(@AuthenticationPrincipal CurrentAccount operator, CapacityForm form, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = new FormErrors();
		Snils snils = OperatorInput.snils(form.childSnils(), "childSnils", errors);
		LegalCapacityKind kind = OperatorInput.choice(LegalCapacityKind.class, form.kind(), "kind",
				"family.capacity.kind.required", errors);
		LocalDate on = OperatorInput.pastDate(form.on(), "on", LocalDate.now(this.clock.withZone(MOSCOW)), errors);
		if (!errors.hasErrors()) {
			switch (this.capacity.record(operator.id(), snils, on, kind)) {
				case RECORDED -> {
					redirect.addFlashAttribute("flash", "family.capacity.recorded");
					return "redirect:/operator/capacity";
				}
				case UNKNOWN_CHILD -> errors.reject("childSnils", "family.capacity.child.unknown");
				case ALREADY_RECORDED -> errors.reject("childSnils", "family.capacity.already-recorded");
				case ADULT_BY_THEN -> errors.reject("on", "family.capacity.on.adult");
				case TOO_YOUNG -> errors.reject("on", "family.capacity.on.too-young."
						+ ((kind == LegalCapacityKind.EMANCIPATION) ? "emancipation" : "marriage"));
			}
		}
		return show(form, errors, model);
	}

	private String show(CapacityForm form, FormErrors errors, Model model) {
		model.addAttribute("form", new CapacityForm(OperatorInput.fit(form.childSnils(), 20),
				OperatorInput.fit(form.kind(), 20), OperatorInput.fit(form.on(), 10)));
		model.addAttribute("kinds", LegalCapacityKind.values());
		model.addAttribute("errors", errors);
		return "operator/capacity";
	}

	/**
	 * The form as posted.
	 *
	 * @param childSnils the child's SNILS
	 * @param kind a {@link LegalCapacityKind} name
	 * @param on ISO date
	 */
	record CapacityForm(String childSnils, String kind, String on) {
	}

}
