package org.medkarta.access.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.medkarta.access.AccessDecision;
import org.medkarta.access.RecordSection;
import org.medkarta.clinics.Clinic;
import org.medkarta.clinics.Clinics;
import org.medkarta.documents.DocumentKind;
import org.medkarta.documents.DocumentRefusedException;
import org.medkarta.family.ChildFacts;
import org.medkarta.family.ChildId;
import org.medkarta.family.GuardianLink;
import org.medkarta.family.Guardianships;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.web.FormErrors;
import org.medkarta.web.Limits;

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
 * The citizen's side: «Электронная медицинская карта», requests, answers, consent and
 * revoking a grant.
 */
@Controller
class RecordsController {

	static final int ANSWER_LIMIT = Limits.LONG_TEXT;

	private final RequestService requests;

	private final PolicyService policy;

	private final Guardianships guardianships;

	private final Clinics clinics;

	RecordsController(RequestService requests, PolicyService policy, Guardianships guardianships, Clinics clinics) {
		this.requests = requests;
		this.policy = policy;
		this.guardianships = guardianships;
		this.clinics = clinics;
	}

	@GetMapping("/services/records")
	String overview(@AuthenticationPrincipal CurrentAccount current, Model model) {
		List<ChildCard> cards = new ArrayList<>();
		for (GuardianLink link : this.guardianships.childrenOf(current.id())) {
			cards.add(card(current, link));
		}
		model.addAttribute("cards", cards);
		return "records/overview";
	}

	private ChildCard card(CurrentAccount current, GuardianLink link) {
		ChildId child = link.child().id();
		Optional<AccessRequest> latest = this.requests.latest(current.id(), child);
		Optional<RequestService.Refusal> refusal = this.requests.whyNot(current.id(), child);
		String state;
		if (latest.isPresent() && latest.get().status() == RequestStatus.APPROVED) {
			AccessDecision decision = this.policy.check(current.id(), child, RecordSection.OVERVIEW);
			state = decision.allowed() ? "GRANTED" : "BLOCKED";
		}
		else if (latest.isPresent() && latest.get().undecided()) {
			state = latest.get().status().name();
		}
		else if (refusal.isEmpty()) {
			state = "NO_ACCESS";
		}
		else {
			state = "CANNOT_ASK";
		}
		List<AccessRequest> consents = this.requests.consentsAwaiting(current.id())
			.stream()
			.filter((request) -> request.child().equals(child))
			.toList();
		return new ChildCard(child.value(), link.child().name().full(), link.child().birthDate(), state,
				latest.orElse(null),
				latest.flatMap((request) -> this.clinics.find(request.clinic())).map(Clinic::shortName).orElse(null),
				refusal.map(Enum::name).orElse(null), consents);
	}

	@PostMapping("/records/children/{child}/request")
	String request(@AuthenticationPrincipal CurrentAccount current, @PathVariable("child") UUID child,
			RedirectAttributes redirect) {
		ChildId id = new ChildId(child);
		if (this.guardianships.link(current.id(), id).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		RequestService.Submitted submitted = this.requests.submit(current.id(), id);
		if (submitted.refusal() == null) {
			redirect.addFlashAttribute("flash", "records.submitted");
			return "redirect:/records/requests/" + submitted.id();
		}
		if (submitted.refusal() == RequestService.Refusal.ALREADY_OPEN && submitted.id() != null) {
			redirect.addFlashAttribute("flash", "records.refusal.ALREADY_OPEN");
			return "redirect:/records/requests/" + submitted.id();
		}
		redirect.addFlashAttribute("flashError", "records.refusal." + submitted.refusal().name());
		return "redirect:/services/records";
	}

	@GetMapping("/records/requests/{id}")
	String show(@AuthenticationPrincipal CurrentAccount current, @PathVariable("id") UUID id, Model model) {
		AccessRequest request = this.requests.ofParent(current.id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("request", request);
		model.addAttribute("child", this.guardianships.child(request.child()).map(ChildFacts::name).orElse(null));
		model.addAttribute("clinic", this.clinics.find(request.clinic()).orElse(null));
		model.addAttribute("history", this.requests.history(id));
		model.addAttribute("documents", this.requests.documents(id));
		model.addAttribute("secondParentLinked", this.requests.secondParentLinked(request));
		model.addAttribute("overdue", request.overdueOn(this.requests.today()));
		return "records/request";
	}

	@PostMapping("/records/requests/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentAccount current, @PathVariable("id") UUID id,
			@RequestParam(name = "version") long version, RedirectAttributes redirect) {
		return after(this.requests.withdraw(current.id(), id, version), id, "records.withdrawn", redirect);
	}

	@PostMapping("/records/requests/{id}/revoke")
	String revoke(@AuthenticationPrincipal CurrentAccount current, @PathVariable("id") UUID id,
			@RequestParam(name = "version") long version, RedirectAttributes redirect) {
		return after(this.requests.revokeByParent(current.id(), id, version), id, "records.revoked", redirect);
	}

	@PostMapping("/records/requests/{id}/answer")
	String answer(@AuthenticationPrincipal CurrentAccount current, @PathVariable("id") UUID id,
			@RequestParam(name = "version") long version, @RequestParam(name = "text", required = false) String text,
			@RequestParam(name = "consent", required = false) MultipartFile consent,
			@RequestParam(name = "file", required = false) MultipartFile file, HttpServletResponse response,
			Model model, RedirectAttributes redirect) throws IOException {
		AccessRequest request = this.requests.ofParent(current.id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		FormErrors errors = new FormErrors();
		boolean hasConsent = consent != null && !consent.isEmpty();
		boolean hasFile = file != null && !file.isEmpty();
		if (Limits.tooLong(text, ANSWER_LIMIT)) {
			errors.reject("text", "validation.too-long", ANSWER_LIMIT);
		}
		else if ((text == null || text.isBlank()) && !hasConsent && !hasFile) {
			errors.reject("text", "records.answer.empty");
		}
		if (request.awaitingConsent() && !this.requests.secondParentLinked(request) && !hasConsent) {
			errors.reject("consent", "records.answer.consent-required");
		}
		if (!errors.hasErrors()) {
			List<RequestService.Upload> uploads = new ArrayList<>();
			if (hasConsent) {
				uploads.add(new RequestService.Upload(DocumentKind.CONSENT, consent.getOriginalFilename(),
						consent.getBytes()));
			}
			if (hasFile) {
				uploads.add(new RequestService.Upload(DocumentKind.OTHER, file.getOriginalFilename(), file.getBytes()));
			}
			try {
				return after(this.requests.answer(current.id(), id, version, text, uploads), id, "records.answered",
						redirect);
			}
			catch (DocumentRefusedException ex) {
				response.setStatus(ex.httpStatus());
				errors.rejectForm(ex.messageKey(), ex.args());
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("answerText", text);
		return show(current, id, model);
	}

	@GetMapping("/records/consents/{id}")
	String consent(@AuthenticationPrincipal CurrentAccount current, @PathVariable("id") UUID id, Model model) {
		AccessRequest request = this.requests.askingConsentOf(current.id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("request", request);
		model.addAttribute("child", this.guardianships.child(request.child()).map(ChildFacts::name).orElse(null));
		model.addAttribute("clinic", this.clinics.find(request.clinic()).orElse(null));
		return "records/consent";
	}

	@PostMapping("/records/consents/{id}")
	String decideConsent(@AuthenticationPrincipal CurrentAccount current, @PathVariable("id") UUID id,
			@RequestParam(name = "version") long version, @RequestParam(name = "decision") String decision,
			RedirectAttributes redirect) {
		if (!"agree".equals(decision) && !"decline".equals(decision)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		RequestService.Outcome outcome = this.requests.consent(current.id(), id, version, "agree".equals(decision));
		if (outcome == RequestService.Outcome.NOT_FOUND) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute(outcome == RequestService.Outcome.DONE ? "flash" : "flashError", switch (outcome) {
			case DONE -> "agree".equals(decision) ? "records.consent.agreed" : "records.consent.declined";
			case CHANGED -> "records.changed-meanwhile";
			default -> "records.consent.already";
		});
		return "redirect:/records/consents/" + id;
	}

	private static String after(RequestService.Outcome outcome, UUID id, String done, RedirectAttributes redirect) {
		switch (outcome) {
			case DONE:
				redirect.addFlashAttribute("flash", done);
				break;
			case CHANGED:
				redirect.addFlashAttribute("flashError", "records.changed-meanwhile");
				break;
			case NOT_ALLOWED:
				redirect.addFlashAttribute("flashError", "records.not-allowed");
				break;
			default:
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/records/requests/" + id;
	}

	/**
	 * One child on «Электронная медицинская карта».
	 *
	 * @param id the child
	 * @param name the full name
	 * @param birthDate date of birth
	 * @param state NO_ACCESS, CANNOT_ASK, SUBMITTED, IN_REVIEW, NEEDS_INFO, GRANTED or
	 * BLOCKED (a grant the policy refuses today)
	 * @param request the latest request, or {@code null}
	 * @param clinic the latest request's clinic
	 * @param refusal why a request cannot be made now, or {@code null}
	 * @param consents requests of another parent waiting for this account's consent
	 */
	record ChildCard(UUID id, String name, LocalDate birthDate, String state, AccessRequest request, String clinic,
			String refusal, List<AccessRequest> consents) {
	}

}
