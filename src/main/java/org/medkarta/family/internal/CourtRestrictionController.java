package org.medkarta.family.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.medkarta.documents.DocumentRefusedException;
import org.medkarta.family.CourtRestrictionKind;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.web.FormErrors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's pages for court restrictions: the list, recording one, and recording
 * that one was lifted.
 */
@Controller
class CourtRestrictionController {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private final CourtRestrictionService restrictions;

	private final CourtRestrictionList list;

	private final Clock clock;

	CourtRestrictionController(CourtRestrictionService restrictions, CourtRestrictionList list, Clock clock) {
		this.restrictions = restrictions;
		this.list = list;
		this.clock = clock;
	}

	@GetMapping("/operator/restrictions")
	String list(Model model) {
		model.addAttribute("rows", this.list.all());
		return "operator/restrictions";
	}

	@GetMapping("/operator/restrictions/new")
	String initRecordForm(Model model) {
		return showRecordForm(RestrictionForm.empty(), null, model);
	}

	@PostMapping("/operator/restrictions/new")
	String processRecordForm(@AuthenticationPrincipal CurrentAccount operator, RestrictionForm form,
			@RequestParam(name = "document", required = false) MultipartFile file, HttpServletResponse response,
			Model model, RedirectAttributes redirect) throws IOException {
		FormErrors errors = new FormErrors();
		NewRestriction restriction = form.parse(today(), errors);
		UploadedFile document = UploadedFile.of(file);
		if (document == null) {
			errors.reject("document", "family.restriction.document.required");
		}
		if (errors.hasErrors()) {
			return showRecordForm(form, errors, model);
		}
		try {
			switch (this.restrictions.record(operator.id(), restriction, document)) {
				case RECORDED -> {
					redirect.addFlashAttribute("flash", "family.restriction.recorded");
					return "redirect:/operator/restrictions";
				}
				case UNKNOWN_CHILD -> errors.reject("childSnils", "family.restriction.child.unknown");
				case UNKNOWN_GUARDIAN -> errors.reject("guardianSnils", "family.restriction.guardian.unknown");
				case DUPLICATE -> errors.reject("decisionNumber", "family.restriction.duplicate");
			}
		}
		catch (DuplicateKeyException ex) {
			errors.reject("decisionNumber", "family.restriction.duplicate");
		}
		catch (DocumentRefusedException ex) {
			response.setStatus(ex.httpStatus());
			errors.reject("document", ex.messageKey(), ex.args());
		}
		return showRecordForm(form, errors, model);
	}

	private String showRecordForm(RestrictionForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form.forDisplay());
		model.addAttribute("kinds", CourtRestrictionKind.values());
		model.addAttribute("errors", errors);
		return "operator/restriction-new";
	}

	@GetMapping("/operator/restrictions/{id}/lift")
	String initLiftForm(@PathVariable("id") UUID id, Model model) {
		return showLiftForm(id, "", null, model);
	}

	@PostMapping("/operator/restrictions/{id}/lift")
	String processLiftForm(@AuthenticationPrincipal CurrentAccount operator, @PathVariable("id") UUID id,
			@RequestParam(name = "liftedOn", required = false) String liftedOn,
			@RequestParam(name = "document", required = false) MultipartFile file, HttpServletResponse response,
			Model model, RedirectAttributes redirect) throws IOException {
		FormErrors errors = new FormErrors();
		LocalDate date = OperatorInput.pastDate(liftedOn, "liftedOn", today(), errors);
		UploadedFile document = UploadedFile.of(file);
		if (document == null) {
			errors.reject("document", "family.restriction.document.required");
		}
		if (!errors.hasErrors()) {
			try {
				switch (this.restrictions.lift(operator.id(), id, date, document)) {
					case LIFTED -> {
						redirect.addFlashAttribute("flash", "family.restriction.lifted");
						return "redirect:/operator/restrictions";
					}
					case ALREADY_LIFTED -> {
						redirect.addFlashAttribute("flash", "family.restriction.already-lifted");
						return "redirect:/operator/restrictions";
					}
					case BEFORE_DECISION -> errors.reject("liftedOn", "family.restriction.lifted-on.before-decision");
					case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
				}
			}
			catch (DocumentRefusedException ex) {
				response.setStatus(ex.httpStatus());
				errors.reject("document", ex.messageKey(), ex.args());
			}
		}
		return showLiftForm(id, OperatorInput.fit(liftedOn, 10), errors, model);
	}

	private String showLiftForm(UUID id, String liftedOn, FormErrors errors, Model model) {
		CourtRestrictionList.Row restriction = this.list.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("restriction", restriction);
		model.addAttribute("liftedOn", liftedOn);
		model.addAttribute("errors", errors);
		return "operator/restriction-lift";
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(MOSCOW));
	}

}
