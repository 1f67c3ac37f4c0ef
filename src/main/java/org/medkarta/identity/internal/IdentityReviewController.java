package org.medkarta.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.medkarta.documents.DocumentRefusedException;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.web.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's side of identity confirmation: uploading the passport's main spread from
 * «Профиль».
 */
@Controller
class IdentityReviewController {

	private final IdentityReviewService reviews;

	private final ProfileController profile;

	IdentityReviewController(IdentityReviewService reviews, ProfileController profile) {
		this.reviews = reviews;
		this.profile = profile;
	}

	@PostMapping("/profile/passport")
	String upload(@AuthenticationPrincipal CurrentAccount current,
			@RequestParam(name = "passport", required = false) MultipartFile file, HttpServletResponse response,
			Model model, RedirectAttributes redirect) throws IOException {
		FormErrors errors = new FormErrors();
		if (file == null || file.isEmpty()) {
			errors.reject("passport", "passport.upload.required");
		}
		else {
			try {
				IdentityReviewService.Submission result = this.reviews.submit(current.id(),
						Optional.ofNullable(file.getOriginalFilename()).orElse(""), file.getBytes());
				switch (result) {
					case SUBMITTED -> {
						redirect.addFlashAttribute("flash", "passport.upload.submitted");
						return "redirect:/profile";
					}
					case ALREADY_PENDING -> errors.reject("passport", "passport.upload.pending");
					case NOT_STANDARD -> errors.reject("passport", "passport.upload.not-standard");
				}
			}
			catch (DocumentRefusedException ex) {
				response.setStatus(ex.httpStatus());
				errors.reject("passport", ex.messageKey(), ex.args());
			}
		}
		model.addAttribute("passportErrors", errors);
		return this.profile.profile(current, model);
	}

}
