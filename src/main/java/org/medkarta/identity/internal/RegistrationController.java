package org.medkarta.identity.internal;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.medkarta.core.EmailAddress;
import org.medkarta.core.PhoneNumber;
import org.medkarta.web.ClientAddress;
import org.medkarta.web.FormErrors;
import org.medkarta.web.Limits;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Регистрация»: phone, e-mail, password and consent, then the SMS code.
 */
@Controller
class RegistrationController {

	static final String PENDING = "medkarta.registration";

	private final RegistrationService registrations;

	private final PasswordPolicy policy;

	private final SignInSessions signIns;

	RegistrationController(RegistrationService registrations, PasswordPolicy policy, SignInSessions signIns) {
		this.registrations = registrations;
		this.policy = policy;
		this.signIns = signIns;
	}

	@GetMapping("/register")
	String form(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		return "identity/register";
	}

	@PostMapping("/register")
	String register(RegistrationForm form, Locale locale, HttpServletRequest request, HttpSession session,
			Model model) {
		FormErrors errors = new FormErrors();
		PhoneNumber phone = FormFields.phone(form.phone(), errors, "phone");
		EmailAddress email = FormFields.email(form.email(), errors, "email");
		this.policy.check(form.password())
			.ifPresent((key) -> errors.reject("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
		if (form.password() != null && !form.password().equals(form.passwordRepeat())) {
			errors.reject("passwordRepeat", "validation.password.mismatch");
		}
		if (!Boolean.TRUE.equals(form.consent())) {
			errors.reject("consent", "validation.consent.required");
		}
		if (errors.hasErrors()) {
			return again(form, errors, model);
		}
		RegistrationService.Started started = this.registrations.start(phone, email, form.password(), locale,
				ClientAddress.of(request));
		if (started.registrationId() == null) {
			if (started.codeResult() instanceof CodeResult.TooSoon) {
				java.util.Optional<UUID> same = this.registrations.sameAsJustStarted(phone, email, form.password());
				if (same.isPresent()) {
					session.setAttribute(PENDING, same.get());
					return "redirect:/register/confirm";
				}
			}
			CodeMessages.explain(started.codeResult(), errors, "code");
			return again(form, errors, model);
		}
		session.setAttribute(PENDING, started.registrationId());
		return "redirect:/register/confirm";
	}

	@GetMapping("/register/confirm")
	String confirmForm(HttpSession session, Model model) {
		if (!(session.getAttribute(PENDING) instanceof UUID pending)) {
			return "redirect:/register";
		}
		return this.registrations.phoneOf(pending).map((phone) -> {
			model.addAttribute("maskedPhone", phone.masked());
			return "identity/register-confirm";
		}).orElse("redirect:/register");
	}

	@PostMapping("/register/confirm")
	String confirm(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model, RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING) instanceof UUID pending)) {
			return "redirect:/register";
		}
		FormErrors errors = new FormErrors();
		if (!CodeMessages.wellFormed(code)) {
			errors.reject("code", "code.format");
		}
		else {
			RegistrationService.Confirmed confirmed = this.registrations.confirm(pending, CodeMessages.clean(code));
			if (confirmed.account() != null) {
				session.removeAttribute(PENDING);
				this.signIns.signIn(confirmed.account().asCurrent(), request, response);
				redirect.addFlashAttribute("flash", "register.done");
				return "redirect:/";
			}
			CodeMessages.explain(confirmed.codeResult(), errors, "code");
		}
		model.addAttribute("errors", errors);
		return confirmForm(session, model);
	}

	@PostMapping("/register/resend")
	String resend(HttpServletRequest request, HttpSession session, Model model, RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING) instanceof UUID pending)) {
			return "redirect:/register";
		}
		CodeResult result = this.registrations.resend(pending, ClientAddress.of(request));
		if (result instanceof CodeResult.Issued) {
			redirect.addFlashAttribute("flash", "code.sent-again");
			return "redirect:/register/confirm";
		}
		FormErrors errors = new FormErrors();
		CodeMessages.explain(result, errors, "code");
		model.addAttribute("errors", errors);
		return confirmForm(session, model);
	}

	private static String again(RegistrationForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form.forDisplay());
		model.addAttribute("errors", errors);
		return "identity/register";
	}

	/**
	 * The registration form as typed.
	 *
	 * @param phone the mobile phone
	 * @param email the e-mail
	 * @param password the password
	 * @param passwordRepeat the password again
	 * @param consent consent to the processing of personal data
	 */
	record RegistrationForm(String phone, String email, String password, String passwordRepeat, Boolean consent) {

		static RegistrationForm empty() {
			return new RegistrationForm("", "", "", "", false);
		}

		/**
		 * The form to show again: passwords never, and no value longer than its field.
		 */
		RegistrationForm forDisplay() {
			return new RegistrationForm(FormFields.echo(this.phone, 32), FormFields.echo(this.email, Limits.SHORT_TEXT),
					"", "", this.consent);
		}

	}

}
