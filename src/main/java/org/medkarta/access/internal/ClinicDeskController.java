package org.medkarta.access.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.medkarta.clinics.Clinic;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.family.ChildFacts;
import org.medkarta.family.Guardianships;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.PersonalData;
import org.medkarta.web.DecisionReason;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic staff's work area: the queue of their clinics' requests and a request's page
 * with its decisions. Another clinic's request answers 404.
 */
@Controller
class ClinicDeskController {

	private final RequestService requests;

	private final Clinics clinics;

	private final Guardianships guardianships;

	private final Accounts accounts;

	ClinicDeskController(RequestService requests, Clinics clinics, Guardianships guardianships, Accounts accounts) {
		this.requests = requests;
		this.clinics = clinics;
		this.guardianships = guardianships;
		this.accounts = accounts;
	}

	@GetMapping("/clinic")
	String home() {
		return "redirect:/clinic/requests";
	}

	@GetMapping("/clinic/requests")
	String queue(@AuthenticationPrincipal CurrentAccount current,
			@RequestParam(name = "filter", required = false) String filter, Model model) {
		Set<ClinicId> mine = this.clinics.clinicsOf(current.id());
		RequestService.QueueFilter chosen = RequestService.QueueFilter.parse(filter);
		Map<ClinicId, String> names = mine.stream()
			.collect(Collectors.toMap(Function.identity(),
					(id) -> this.clinics.find(id).map(Clinic::shortName).orElse("—")));
		List<QueueRow> rows = this.requests.queue(mine, chosen)
			.stream()
			.map((request) -> new QueueRow(request,
					this.guardianships.child(request.child()).map((child) -> child.name().full()).orElse("—"),
					parentName(request.parent()), names.get(request.clinic()),
					request.overdueOn(this.requests.today())))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("filter", chosen.name());
		model.addAttribute("filters", RequestService.QueueFilter.values());
		model.addAttribute("member", !mine.isEmpty());
		return "clinic/queue";
	}

	@GetMapping("/clinic/requests/{id}")
	String show(@AuthenticationPrincipal CurrentAccount current, @PathVariable("id") UUID id, Model model) {
		AccessRequest request = this.requests.ofClinics(this.clinics.clinicsOf(current.id()), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ChildFacts child = this.guardianships.child(request.child()).orElseThrow();
		model.addAttribute("request", request);
		model.addAttribute("child", child);
		model.addAttribute("clinic", this.clinics.find(request.clinic()).orElse(null));
		model.addAttribute("parent", this.accounts.personalDataOf(request.parent()).orElse(null));
		model.addAttribute("trustLevel", this.accounts.trustLevelOf(request.parent()).orElse(null));
		model.addAttribute("kinship", this.guardianships.link(request.parent(), request.child()).orElse(null));
		model.addAttribute("secondParentLinked", this.requests.secondParentLinked(request));
		model.addAttribute("history",
				this.requests.history(id)
					.stream()
					.map((entry) -> new StaffHistory(entry, actorOf(entry.actorId())))
					.toList());
		model.addAttribute("documents", this.requests.documents(id));
		model.addAttribute("overdue", request.overdueOn(this.requests.today()));
		return "clinic/request";
	}

	@PostMapping("/clinic/requests/{id}")
	String decide(@AuthenticationPrincipal CurrentAccount current, @PathVariable("id") UUID id,
			@RequestParam(name = "version") long version, @RequestParam(name = "action") String action,
			@RequestParam(name = "text", required = false) String text,
			@RequestParam(name = "consent", required = false) String consent, Model model,
			RedirectAttributes redirect) {
		Set<ClinicId> mine = this.clinics.clinicsOf(current.id());
		if (this.requests.ofClinics(mine, id).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Action chosen = action(action);
		FormErrors errors = new FormErrors();
		switch (chosen) {
			case REJECT:
			case REVOKE_BY_CLINIC:
				DecisionReason.check(true, text, errors);
				break;
			case ASK_INFO:
				if (text == null || text.isBlank()) {
					errors.reject("ask-text", "clinic.ask.required");
				}
				else if (Limits.tooLong(text, Limits.LONG_TEXT)) {
					errors.reject("ask-text", "validation.too-long", Limits.LONG_TEXT);
				}
				break;
			default:
				if (Limits.tooLong(text, DecisionReason.LIMIT)) {
					errors.reject("reason", "validation.too-long", DecisionReason.LIMIT);
				}
				break;
		}
		if (errors.hasErrors()) {
			model.addAttribute("errors", errors);
			model.addAttribute("failedAction", chosen.name());
			model.addAttribute("text", text);
			return show(current, id, model);
		}
		RequestService.Outcome outcome = this.requests.decide(current.id(), mine, id, version, chosen, text,
				"on".equals(consent) || "true".equals(consent));
		switch (outcome) {
			case DONE:
				redirect.addFlashAttribute("flash", "clinic.done." + chosen.name());
				break;
			case CHANGED:
				redirect.addFlashAttribute("flashError", "clinic.changed-meanwhile");
				break;
			case NOT_ALLOWED:
				redirect.addFlashAttribute("flashError", "clinic.not-allowed");
				break;
			case NOT_GRANTABLE:
				redirect.addFlashAttribute("flashError", "clinic.not-grantable");
				break;
			case OWN_REQUEST:
				redirect.addFlashAttribute("flashError", "clinic.own-request");
				break;
			default:
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/clinic/requests/" + id;
	}

	private static Action action(String name) {
		if (name != null) {
			switch (name) {
				case "take":
					return Action.TAKE_INTO_REVIEW;
				case "approve":
					return Action.APPROVE;
				case "reject":
					return Action.REJECT;
				case "ask":
					return Action.ASK_INFO;
				case "revoke":
					return Action.REVOKE_BY_CLINIC;
				default:
					break;
			}
		}
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
	}

	private String parentName(AccountId parent) {
		return this.accounts.personalDataOf(parent).map((data) -> data.name().full()).orElse("—");
	}

	/** Who acted, as staff see it: a person's name, or a masked phone. */
	private String actorOf(AccountId actor) {
		if (actor == null) {
			return null;
		}
		return this.accounts.personalDataOf(actor)
			.map(PersonalData::name)
			.map((name) -> name.full())
			.orElseGet(() -> this.accounts.contactOf(actor).map((contact) -> contact.phone().masked()).orElse("—"));
	}

	record QueueRow(AccessRequest request, String child, String parent, String clinic, boolean overdue) {
	}

	record StaffHistory(RequestService.HistoryEntry entry, String actor) {
	}

}
