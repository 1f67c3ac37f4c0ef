package org.medkarta.identity.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.medkarta.core.PhoneNumber;
import org.medkarta.web.ClientAddress;
import org.medkarta.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Восстановление пароля»: the phone, then the SMS code with the new password. The first
 * step reads the same for every number.
 */
@Controller
class PasswordResetController {

	static final String PHONE = "medkarta.reset.phone";

	private final PasswordResetService resets;

	private final PasswordPolicy policy;

	PasswordResetController(PasswordResetService resets, PasswordPolicy policy) {
		this.resets = resets;
		this.policy = policy;
	}

	@GetMapping("/password-reset")
	String form(Model model) {
		model.addAttribute("phone", "");
		return "identity/password-reset";
	}

	@PostMapping("/password-reset")
	String start(@RequestParam(name = "phone", required = false) String input, Locale locale,
			HttpServletRequest request, HttpSession session, Model model) {
		FormErrors errors = new FormErrors();
		PhoneNumber phone = FormFields.phone(input, errors, "phone");
		if (phone != null) {
			CodeResult result = this.resets.start(phone, locale, ClientAddress.of(request));
			if (result instanceof CodeResult.Issued || result instanceof CodeResult.TooSoon) {
				// A code went to this number moments ago (a double click): continue with
				// it.
				session.setAttribute(PHONE, phone.value());
				return "redirect:/password-reset/confirm";
			}
			CodeMessages.explain(result, errors, "phone");
		}
		model.addAttribute("phone", FormFields.echo(input, 32));
		model.addAttribute("errors", errors);
		return "identity/password-reset";
	}

	@GetMapping("/password-reset/confirm")
	String confirmForm(HttpSession session, Model model) {
		if (!(session.getAttribute(PHONE) instanceof String phone)) {
			return "redirect:/password-reset";
		}
		model.addAttribute("maskedPhone", new PhoneNumber(phone).masked());
		return "identity/password-reset-confirm";
	}

	@PostMapping("/password-reset/confirm")
	String confirm(@RequestParam(name = "code", required = false) String code,
			@RequestParam(name = "password", required = false) String password,
			@RequestParam(name = "passwordRepeat", required = false) String repeat, HttpSession session, Model model,
			RedirectAttributes redirect) {
		if (!(session.getAttribute(PHONE) instanceof String phone)) {
			return "redirect:/password-reset";
		}
		FormErrors errors = new FormErrors();
		if (!CodeMessages.wellFormed(code)) {
			errors.reject("code", "code.format");
		}
		this.policy.check(password)
			.ifPresent((key) -> errors.reject("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
		if (password != null && !password.equals(repeat)) {
			errors.reject("passwordRepeat", "validation.password.mismatch");
		}
		if (!errors.hasErrors()) {
			CodeResult result = this.resets.complete(new PhoneNumber(phone), CodeMessages.clean(code), password);
			if (result instanceof CodeResult.Accepted) {
				session.removeAttribute(PHONE);
				redirect.addFlashAttribute("flash", "reset.done");
				return "redirect:/signin";
			}
			CodeMessages.explain(result, errors, "code");
		}
		model.addAttribute("errors", errors);
		return confirmForm(session, model);
	}

}
