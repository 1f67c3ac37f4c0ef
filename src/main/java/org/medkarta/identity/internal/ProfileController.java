package org.medkarta.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.medkarta.core.EmailAddress;
import org.medkarta.core.PhoneNumber;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.web.ClientAddress;
import org.medkarta.web.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Профиль»: contacts, the trust level with what it opens and the next step, and the
 * changes of phone and e-mail.
 */
@Controller
class ProfileController {

	static final String NEW_PHONE = "medkarta.profile.newPhone";

	private final ProfileService profiles;

	private final IdentityReviewService reviews;

	ProfileController(ProfileService profiles, IdentityReviewService reviews) {
		this.profiles = profiles;
		this.reviews = reviews;
	}

	@GetMapping("/profile")
	String profile(@AuthenticationPrincipal CurrentAccount current, Model model) {
		Account account = this.profiles.load(current.id());
		model.addAttribute("phone", account.phone().display());
		model.addAttribute("email", (account.email() != null) ? account.email().value() : null);
		model.addAttribute("emailConfirmed", account.emailConfirmed());
		model.addAttribute("trustLevel", account.trustLevel().name());
		model.addAttribute("roles", account.roles());
		this.reviews.latestOf(current.id())
			.ifPresent((review) -> model.addAttribute("review",
					new ReviewView(review.status().name(), review.submittedAt(), review.decidedAt(), review.reason())));
		if (!model.containsAttribute("newPhone")) {
			model.addAttribute("newPhone", "");
		}
		if (!model.containsAttribute("newEmail")) {
			model.addAttribute("newEmail", "");
		}
		return "identity/profile";
	}

	/** The latest passport check as the profile shows it. */
	record ReviewView(String status, java.time.Instant submittedAt, java.time.Instant decidedAt, String reason) {
	}

	@PostMapping("/profile/phone")
	String changePhone(@AuthenticationPrincipal CurrentAccount current,
			@RequestParam(name = "newPhone", required = false) String input,
			@RequestParam(name = "password", required = false) String password, HttpServletRequest request,
			HttpSession session, Model model) {
		FormErrors errors = new FormErrors();
		PhoneNumber phone = FormFields.phone(input, errors, "newPhone");
		if (password == null || password.isEmpty()) {
			errors.reject("password", "validation.password.required");
		}
		if (!errors.hasErrors()) {
			ProfileService.PhoneChange result = this.profiles.startPhoneChange(current.id(), phone, password,
					ClientAddress.of(request));
			switch (result) {
				case CODE_SENT -> {
					session.setAttribute(NEW_PHONE, phone.value());
					return "redirect:/profile/phone/confirm";
				}
				case WRONG_PASSWORD -> errors.reject("password", "profile.phone.wrong-password");
				case THROTTLED -> errors.rejectForm("profile.phone.throttled");
				case SAME_PHONE -> errors.reject("newPhone", "profile.phone.same");
				case TOO_MANY_CODES -> errors.rejectForm("code.too-many-simple");
			}
		}
		model.addAttribute("phoneErrors", errors);
		model.addAttribute("newPhone", FormFields.echo(input, 32));
		return profile(current, model);
	}

	@GetMapping("/profile/phone/confirm")
	String confirmPhoneForm(HttpSession session, Model model) {
		if (!(session.getAttribute(NEW_PHONE) instanceof String phone)) {
			return "redirect:/profile";
		}
		model.addAttribute("maskedPhone", new PhoneNumber(phone).masked());
		return "identity/profile-phone-confirm";
	}

	@PostMapping("/profile/phone/confirm")
	String confirmPhone(@AuthenticationPrincipal CurrentAccount current,
			@RequestParam(name = "code", required = false) String code, HttpSession session, Model model,
			RedirectAttributes redirect) {
		if (!(session.getAttribute(NEW_PHONE) instanceof String phone)) {
			return "redirect:/profile";
		}
		FormErrors errors = new FormErrors();
		if (!CodeMessages.wellFormed(code)) {
			errors.reject("code", "code.format");
		}
		else {
			CodeResult result = this.profiles.confirmPhoneChange(current.id(), new PhoneNumber(phone),
					CodeMessages.clean(code), session.getId());
			if (result instanceof CodeResult.Accepted) {
				session.removeAttribute(NEW_PHONE);
				redirect.addFlashAttribute("flash", "profile.phone.changed");
				return "redirect:/profile";
			}
			CodeMessages.explain(result, errors, "code");
		}
		model.addAttribute("errors", errors);
		return confirmPhoneForm(session, model);
	}

	@PostMapping("/profile/email")
	String changeEmail(@AuthenticationPrincipal CurrentAccount current,
			@RequestParam(name = "newEmail", required = false) String input, Model model, RedirectAttributes redirect) {
		FormErrors errors = new FormErrors();
		EmailAddress email = FormFields.email(input, errors, "newEmail");
		if (email != null) {
			this.profiles.changeEmail(current.id(), email);
			redirect.addFlashAttribute("flash", "profile.email.sent");
			return "redirect:/profile";
		}
		model.addAttribute("emailErrors", errors);
		model.addAttribute("newEmail", FormFields.echo(input, 254));
		return profile(current, model);
	}

	@PostMapping("/profile/email/resend")
	String resendEmail(@AuthenticationPrincipal CurrentAccount current, RedirectAttributes redirect) {
		this.profiles.resendEmailConfirmation(current.id());
		redirect.addFlashAttribute("flash", "profile.email.sent");
		return "redirect:/profile";
	}

}
