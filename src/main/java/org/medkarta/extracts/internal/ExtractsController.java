package org.medkarta.extracts.internal;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.medkarta.access.AccessDecision;
import org.medkarta.access.AccessPolicy;
import org.medkarta.access.RecordSection;
import org.medkarta.audit.AuditEvent;
import org.medkarta.audit.AuditLog;
import org.medkarta.clinics.Clinics;
import org.medkarta.family.ChildFacts;
import org.medkarta.family.ChildId;
import org.medkarta.family.GuardianLink;
import org.medkarta.family.Guardianships;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.web.ClientAddress;
import org.medkarta.web.FormErrors;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * «Запросить выписку» for the family: the form from a child's record (an active grant is
 * needed), the list of their requests, a request's page and the signed PDF. Each download
 * asks the access policy and writes one audit row, let in or not.
 */
@Controller
class ExtractsController {

	private final ExtractRequests requests;

	private final Guardianships guardianships;

	private final Clinics clinics;

	private final AccessPolicy policy;

	private final AuditLog audit;

	ExtractsController(ExtractRequests requests, Guardianships guardianships, Clinics clinics, AccessPolicy policy,
			AuditLog audit) {
		this.requests = requests;
		this.guardianships = guardianships;
		this.clinics = clinics;
		this.policy = policy;
		this.audit = audit;
	}

	@GetMapping("/extracts")
	String list(@AuthenticationPrincipal CurrentAccount current, Model model) {
		model.addAttribute("requests",
				this.requests.ofAccount(current.id())
					.stream()
					.map((request) -> new Row(request, childName(request.child())))
					.toList());
		model.addAttribute("today", this.requests.today());
		return "extracts/list";
	}

	@GetMapping("/extracts/children/{child}/new")
	String form(@AuthenticationPrincipal CurrentAccount current, @PathVariable("child") UUID childId, Model model) {
		ChildFacts child = grantedChild(current, childId);
		return show(child, ExtractRequests.Form.empty(), null, model);
	}

	@PostMapping("/extracts/children/{child}/new")
	String submit(@AuthenticationPrincipal CurrentAccount current, @PathVariable("child") UUID childId,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "purpose", required = false) String purpose,
			@RequestParam(name = "comment", required = false) String comment, Model model,
			RedirectAttributes redirect) {
		ChildFacts child = grantedChild(current, childId);
		ExtractRequests.Form form = new ExtractRequests.Form(from, to, purpose, comment);
		FormErrors errors = new FormErrors();
		Optional<UUID> id = this.requests.submit(current.id(), child, form, errors);
		if (id.isEmpty()) {
			return show(child, form, errors, model);
		}
		redirect.addFlashAttribute("flash", "extracts.submitted");
		return "redirect:/extracts/" + id.get();
	}

	@GetMapping("/extracts/{id}")
	String page(@AuthenticationPrincipal CurrentAccount current, @PathVariable("id") UUID id, Model model) {
		ExtractRequests.ExtractRequest request = own(current, id);
		model.addAttribute("request", request);
		model.addAttribute("child", childName(request.child()));
		model.addAttribute("clinic",
				this.clinics.find(new org.medkarta.clinics.ClinicId(request.clinic()))
					.map(org.medkarta.clinics.Clinic::shortName)
					.orElse("—"));
		model.addAttribute("today", this.requests.today());
		return "extracts/request";
	}

	@GetMapping("/extracts/{id}/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentAccount current, @PathVariable("id") UUID id,
			HttpServletRequest http) {
		ExtractRequests.ExtractRequest request = own(current, id);
		AccessDecision decision = this.policy.check(current.id(), new ChildId(request.child()), RecordSection.OVERVIEW);
		this.audit.record(new AuditEvent(current.id().value(), "GUARDIAN", request.child(), null, "EXTRACT", "DOWNLOAD",
				decision.allowed(), decision.allowed() ? null : decision.denial().name(), ClientAddress.of(http),
				http.getRequestId()));
		if (!decision.allowed()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		byte[] pdf = this.requests.signed(request.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("medkarta-extract-" + request.number() + ".pdf")
						.build()
						.toString())
			.cacheControl(CacheControl.noStore())
			.body(pdf);
	}

	/** A request on the family's list, with the child's name. */
	record Row(ExtractRequests.ExtractRequest request, String child) {
	}

	private String show(ChildFacts child, ExtractRequests.Form form, FormErrors errors, Model model) {
		model.addAttribute("child", child);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("purposes", Purpose.values());
		model.addAttribute("today", this.requests.today());
		return "extracts/new";
	}

	/**
	 * The reader's child with an active grant: 404 for another's, 403 without a grant.
	 */
	private ChildFacts grantedChild(CurrentAccount current, UUID child) {
		ChildFacts found = this.guardianships.link(current.id(), new ChildId(child))
			.map(GuardianLink::child)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!this.requests.mayAsk(current.id(), found.id())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return found;
	}

	private ExtractRequests.ExtractRequest own(CurrentAccount current, UUID id) {
		return this.requests.find(id)
			.filter((request) -> request.account().equals(current.id().value()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String childName(UUID child) {
		return this.guardianships.child(new ChildId(child)).map((found) -> found.name().full()).orElse("—");
	}

}
