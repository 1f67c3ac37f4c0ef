package org.medkarta.extracts.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.medkarta.core.Refused;
import org.medkarta.access.AccessDecision;
import org.medkarta.access.AccessPolicy;
import org.medkarta.access.RecordSection;
import org.medkarta.audit.AuditEvent;
import org.medkarta.audit.AuditLog;
import org.medkarta.clinics.Clinic;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.family.ChildId;
import org.medkarta.family.Guardianships;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.Role;
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
 * The clinic's queue of extract requests: prepare a draft from the record, read it, sign
 * it off, or refuse with a reason; administrators set the deadline. Another clinic's
 * request answers 404; reading a draft is a view of the record, checked and audited.
 */
@Controller
class ExtractDeskController {

	private final ExtractRequests requests;

	private final Clinics clinics;

	private final Guardianships guardianships;

	private final AccessPolicy policy;

	private final AuditLog audit;

	ExtractDeskController(ExtractRequests requests, Clinics clinics, Guardianships guardianships, AccessPolicy policy,
			AuditLog audit) {
		this.requests = requests;
		this.clinics = clinics;
		this.guardianships = guardianships;
		this.policy = policy;
		this.audit = audit;
	}

	/** A request in the queue. */
	record Row(ExtractRequests.ExtractRequest request, String child, String parent, String clinic, boolean overdue) {
	}

	/** A clinic the reader administers, with its deadline. */
	record Deadline(Clinic clinic, int days) {
	}

	@GetMapping("/clinic/extracts")
	String queue(@AuthenticationPrincipal CurrentAccount current, Model model) {
		Set<ClinicId> mine = this.clinics.clinicsOf(current.id());
		Map<UUID, String> names = mine.stream()
			.collect(Collectors.toMap(ClinicId::value,
					(id) -> this.clinics.find(id).map(Clinic::shortName).orElse("—")));
		model.addAttribute("rows",
				this.requests.queue(mine)
					.stream()
					.map((request) -> new Row(request, childName(request.child()),
							this.requests.nameOf(new org.medkarta.identity.AccountId(request.account())),
							names.get(request.clinic()), request.overdueOn(this.requests.today())))
					.toList());
		model.addAttribute("deadlines",
				administered(current).stream()
					.map((clinic) -> new Deadline(clinic, this.requests.deadline(clinic.id().value())))
					.toList());
		return "clinic/extracts";
	}

	@GetMapping("/clinic/extracts/{id}")
	String page(@AuthenticationPrincipal CurrentAccount current, @PathVariable("id") UUID id, Model model) {
		ExtractRequests.ExtractRequest request = ofMine(current, id);
		model.addAttribute("request", request);
		model.addAttribute("child", this.guardianships.child(new ChildId(request.child())).orElse(null));
		model.addAttribute("parent", this.requests.nameOf(new org.medkarta.identity.AccountId(request.account())));
		model.addAttribute("today", this.requests.today());
		model.addAttribute("reasonLimit", ExtractRequests.REASON_LIMIT);
		return "clinic/extract";
	}

	@PostMapping("/clinic/extracts/{id}")
	String act(@AuthenticationPrincipal CurrentAccount current, @PathVariable("id") UUID id,
			@RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "text", required = false) String text, RedirectAttributes redirect) {
		ExtractRequests.ExtractRequest request = ofMine(current, id);
		int seen = parse(version);
		try {
			switch ((action == null) ? "" : action) {
				case "prepare" -> {
					this.requests.prepare(current.id(), request, seen);
					redirect.addFlashAttribute("flash", "extracts.prepared");
				}
				case "sign" -> {
					this.requests.sign(current.id(), request, seen);
					redirect.addFlashAttribute("flash", "extracts.signed");
				}
				case "reject" -> {
					this.requests.reject(current.id(), request, seen, text);
					redirect.addFlashAttribute("flash", "extracts.rejected");
				}
				default -> throw new Refused("extracts.action.unknown");
			}
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("errors",
					new FormErrors().rejectForm(refused.messageKey(), refused.arguments()));
			redirect.addFlashAttribute("typed", text);
		}
		return "redirect:/clinic/extracts/" + id;
	}

	@GetMapping("/clinic/extracts/{id}/pdf")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal CurrentAccount current, @PathVariable("id") UUID id,
			HttpServletRequest http) {
		ExtractRequests.ExtractRequest request = ofMine(current, id);
		AccessDecision decision = this.policy.checkStaff(current.id(), new ChildId(request.child()),
				RecordSection.OVERVIEW);
		this.audit.record(new AuditEvent(current.id().value(), "CLINIC_STAFF", request.child(), null, "EXTRACT", "VIEW",
				decision.allowed(), decision.allowed() ? null : decision.denial().name(), ClientAddress.of(http),
				http.getRequestId()));
		if (!decision.allowed()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		byte[] pdf = this.requests.document(request.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("extract-" + request.number() + ".pdf").build().toString())
			.cacheControl(CacheControl.noStore())
			.body(pdf);
	}

	@PostMapping("/clinic/extracts/settings/{clinic}")
	String deadline(@AuthenticationPrincipal CurrentAccount current, @PathVariable("clinic") UUID clinic,
			@RequestParam(name = "days", required = false) String days, RedirectAttributes redirect) {
		boolean mine = administered(current).stream().anyMatch((each) -> each.id().value().equals(clinic));
		if (!mine) {
			throw new ResponseStatusException(
					current.has(Role.CLINIC_ADMIN) ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN);
		}
		try {
			this.requests.changeDeadline(clinic, parse(days));
			redirect.addFlashAttribute("flash", "extracts.deadline.saved");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("errors",
					new FormErrors().rejectForm(refused.messageKey(), refused.arguments()));
		}
		return "redirect:/clinic/extracts";
	}

	/** The address the form posts to, opened again (say, after a change of language). */
	@GetMapping("/clinic/extracts/settings/{clinic}")
	String backToQueue() {
		return "redirect:/clinic/extracts";
	}

	private ExtractRequests.ExtractRequest ofMine(CurrentAccount current, UUID id) {
		Set<ClinicId> mine = this.clinics.clinicsOf(current.id());
		return this.requests.find(id)
			.filter((request) -> mine.contains(new ClinicId(request.clinic())))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private List<Clinic> administered(CurrentAccount current) {
		if (!current.has(Role.CLINIC_ADMIN)) {
			return List.of();
		}
		return this.clinics.clinicsOf(current.id())
			.stream()
			.filter((clinic) -> this.clinics.administratorsOf(clinic).contains(current.id()))
			.map(this.clinics::find)
			.flatMap(java.util.Optional::stream)
			.toList();
	}

	private String childName(UUID child) {
		return this.guardianships.child(new ChildId(child)).map((found) -> found.name().full()).orElse("—");
	}

	private static int parse(String number) {
		try {
			return Integer.parseInt((number == null) ? "" : number.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
