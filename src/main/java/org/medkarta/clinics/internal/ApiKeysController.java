package org.medkarta.clinics.internal;

import java.util.List;
import java.util.UUID;

import org.medkarta.clinics.Clinic;
import org.medkarta.clinics.ClinicId;
import org.medkarta.web.FormErrors;
import org.medkarta.web.Limits;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic administrator's keys for the clinic's information systems: make one (shown
 * once), see when each was last used, revoke.
 */
@Controller
class ApiKeysController {

	static final int NAME_LIMIT = 100;

	private final ApiKeys keys;

	private final ClinicStaff staff;

	ApiKeysController(ApiKeys keys, ClinicStaff staff) {
		this.keys = keys;
		this.staff = staff;
	}

	@GetMapping("/clinic/api-keys")
	String page(Model model) {
		return show(null, null, null, model);
	}

	@PostMapping("/clinic/api-keys/{clinicId}")
	String create(@PathVariable("clinicId") UUID clinicId, @RequestParam(name = "name", required = false) String name,
			Model model) {
		ClinicId clinic = administered(clinicId);
		FormErrors errors = new FormErrors();
		if (name == null || name.isBlank()) {
			errors.reject("name-" + clinicId, "clinics.keys.name.required");
		}
		else if (Limits.tooLong(name, NAME_LIMIT)) {
			errors.reject("name-" + clinicId, "validation.too-long", NAME_LIMIT);
		}
		if (errors.hasErrors()) {
			return show(clinic, null, errors, model);
		}
		String key = this.keys.create(clinic, name);
		return show(clinic, key, null, model);
	}

	@PostMapping("/clinic/api-keys/{clinicId}/{keyId}/revoke")
	String revoke(@PathVariable("clinicId") UUID clinicId, @PathVariable("keyId") UUID keyId,
			RedirectAttributes redirect) {
		ClinicId clinic = administered(clinicId);
		redirect.addFlashAttribute(this.keys.revoke(clinic, keyId) ? "flash" : "flashError",
				this.keys.list(clinic).stream().anyMatch((row) -> row.id().equals(keyId)) ? "clinics.keys.revoked"
						: "clinics.keys.unknown");
		return "redirect:/clinic/api-keys";
	}

	@GetMapping({ "/clinic/api-keys/{clinicId}", "/clinic/api-keys/{clinicId}/{keyId}/revoke" })
	String backToPage(@PathVariable("clinicId") UUID clinicId) {
		administered(clinicId);
		return "redirect:/clinic/api-keys";
	}

	private String show(ClinicId posted, String newKey, FormErrors errors, Model model) {
		List<KeyBlock> blocks = this.staff.administeredByCaller()
			.stream()
			.map((clinic) -> new KeyBlock(clinic, this.keys.list(clinic.id()),
					clinic.id().equals(posted) ? newKey : null))
			.toList();
		model.addAttribute("blocks", blocks);
		model.addAttribute("errors", errors);
		return "clinic/api-keys";
	}

	private ClinicId administered(UUID id) {
		ClinicId clinic = new ClinicId(id);
		if (this.staff.administeredByCaller().stream().map(Clinic::id).noneMatch(clinic::equals)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return clinic;
	}

	/**
	 * One clinic's keys.
	 *
	 * @param clinic the clinic
	 * @param keys its keys, newest first
	 * @param newKey the key just made, shown this once, or {@code null}
	 */
	record KeyBlock(Clinic clinic, List<ApiKeys.KeyRow> keys, String newKey) {
	}

}
