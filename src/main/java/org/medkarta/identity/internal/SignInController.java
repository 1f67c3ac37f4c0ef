package org.medkarta.identity.internal;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.medkarta.web.ClientAddress;
import org.medkarta.web.FormErrors;
import org.medkarta.web.Limits;

import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Вход»: phone or e-mail with the password, then the SMS code.
 */
@Controller
class SignInController {

	static final String PENDING = "medkarta.signIn";

	/** How long the code step may follow the password step. */
	static final Duration PENDING_FOR = Duration.ofMinutes(10);

	private final SignInService signIn;

	private final SignInSessions sessions;

	private final RequestCache requestCache;

	private final Clock clock;

	SignInController(SignInService signIn, SignInSessions sessions, RequestCache requestCache, Clock clock) {
		this.signIn = signIn;
		this.sessions = sessions;
		this.requestCache = requestCache;
		this.clock = clock;
	}

	@GetMapping("/signin")
	String form(HttpServletRequest request, Model model) {
		model.addAttribute("identifier", "");
		HttpSession session = request.getSession(false);
		if (session != null && Boolean.TRUE.equals(session.getAttribute(SessionLifetimeFilter.EXPIRED))) {
			session.removeAttribute(SessionLifetimeFilter.EXPIRED);
			model.addAttribute("expired", true);
		}
		return "identity/signin";
	}

	@PostMapping("/signin")
	String signIn(@RequestParam(name = "identifier", required = false) String identifier,
			@RequestParam(name = "password", required = false) String password, HttpServletRequest request,
			HttpSession session, Model model) {
		FormErrors errors = new FormErrors();
		if (identifier == null || identifier.isBlank()) {
			errors.reject("identifier", "signin.identifier.required");
		}
		else if (Limits.tooLong(identifier, Limits.SHORT_TEXT)) {
			errors.reject("identifier", "validation.too-long", Limits.SHORT_TEXT);
		}
		if (password == null || password.isEmpty()) {
			errors.reject("password", "validation.password.required");
		}
		else if (Limits.tooLong(password, PasswordPolicy.MAX_LENGTH)) {
			errors.reject("password", "validation.too-long", PasswordPolicy.MAX_LENGTH);
		}
		if (!errors.hasErrors()) {
			SignInService.PasswordCheck check = this.signIn.checkPassword(identifier, password,
					ClientAddress.of(request));
			if (check instanceof SignInService.PasswordCheck.Passed passed) {
				session.setAttribute(PENDING,
						new PendingSignIn(passed.accountId(), passed.identifierKey(), this.clock.instant()));
				CodeResult sent = this.signIn.sendCode(passed.accountId(), ClientAddress.of(request));
				if (!(sent instanceof CodeResult.Issued)) {
					FormErrors codeErrors = new FormErrors();
					CodeMessages.explain(sent, codeErrors, "code");
					session.setAttribute(PENDING + ".notice", codeErrors);
				}
				return "redirect:/signin/code";
			}
			if (check instanceof SignInService.PasswordCheck.Throttled throttled) {
				errors.rejectForm("signin.throttled", Math.max(1, throttled.retryAfter().toSeconds()));
			}
			else {
				errors.rejectForm("signin.failed");
			}
		}
		model.addAttribute("identifier",
				(identifier != null && identifier.length() <= Limits.SHORT_TEXT) ? identifier : "");
		model.addAttribute("errors", errors);
		return "identity/signin";
	}

	@GetMapping("/signin/code")
	String codeForm(HttpSession session, Model model) {
		PendingSignIn pending = pending(session);
		if (pending == null) {
			return "redirect:/signin";
		}
		if (session.getAttribute(PENDING + ".notice") instanceof FormErrors notice) {
			session.removeAttribute(PENDING + ".notice");
			model.addAttribute("errors", notice);
		}
		model.addAttribute("maskedPhone", this.signIn.phoneOf(pending.accountId()).masked());
		return "identity/signin-code";
	}

	@PostMapping("/signin/code")
	String code(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model) {
		PendingSignIn pending = pending(session);
		if (pending == null) {
			return "redirect:/signin";
		}
		FormErrors errors = new FormErrors();
		if (!CodeMessages.wellFormed(code)) {
			errors.reject("code", "code.format");
		}
		else {
			SignInService.SecondFactor result = this.signIn.verifyCode(pending.accountId(), pending.identifierKey(),
					CodeMessages.clean(code));
			if (result.account() != null) {
				SavedRequest saved = this.requestCache.getRequest(request, response);
				session.removeAttribute(PENDING);
				this.sessions.signIn(result.account().asCurrent(), request, response);
				return "redirect:" + ((saved != null) ? savedPath(request, saved) : "/");
			}
			CodeMessages.explain(result.codeResult(), errors, "code");
		}
		model.addAttribute("errors", errors);
		model.addAttribute("maskedPhone", this.signIn.phoneOf(pending.accountId()).masked());
		return "identity/signin-code";
	}

	@PostMapping("/signin/resend")
	String resend(HttpServletRequest request, HttpSession session, Model model, RedirectAttributes redirect) {
		PendingSignIn pending = pending(session);
		if (pending == null) {
			return "redirect:/signin";
		}
		CodeResult result = this.signIn.sendCode(pending.accountId(), ClientAddress.of(request));
		if (result instanceof CodeResult.Issued) {
			redirect.addFlashAttribute("flash", "code.sent-again");
			return "redirect:/signin/code";
		}
		FormErrors errors = new FormErrors();
		CodeMessages.explain(result, errors, "code");
		model.addAttribute("errors", errors);
		model.addAttribute("maskedPhone", this.signIn.phoneOf(pending.accountId()).masked());
		return "identity/signin-code";
	}

	@GetMapping("/signed-out")
	String signedOut() {
		return "identity/signed-out";
	}

	private PendingSignIn pending(HttpSession session) {
		if (session.getAttribute(PENDING) instanceof PendingSignIn pending
				&& pending.passwordAt().plus(PENDING_FOR).isAfter(this.clock.instant())) {
			return pending;
		}
		return null;
	}

	/**
	 * Only the path and query of the page asked for before sign-in, never another site.
	 */
	private static String savedPath(HttpServletRequest request, SavedRequest saved) {
		try {
			java.net.URI uri = java.net.URI.create(saved.getRedirectUrl());
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return "/";
			}
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}

	/**
	 * The password step passed; the code step is next.
	 *
	 * @param accountId the account
	 * @param identifierKey the identifier as normalised, to clear its failures
	 * @param passwordAt when the password was checked
	 */
	record PendingSignIn(UUID accountId, String identifierKey, Instant passwordAt) implements Serializable {
	}

}
