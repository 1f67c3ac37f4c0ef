package org.medkarta.clinics.internal;

import java.util.List;
import java.util.UUID;

import org.medkarta.clinics.Clinic;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.StaffRole;
import org.medkarta.web.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic administrator's page: the staff of each clinic they administer, with the
 * forms to add and remove members. Other clinics do not exist here (404); clinic staff
 * who administer nothing are refused the page (403).
 */
@Controller
class ClinicStaffController {

	private final ClinicStaff staff;

	private final MemberChanges changes;

	ClinicStaffController(ClinicStaff staff, MemberChanges changes) {
		this.staff = staff;
		this.changes = changes;
	}

	@GetMapping("/clinic/staff")
	String page(Model model) {
		return show(null, null, null, model);
	}

	@PostMapping("/clinic/staff/{clinicId}/members")
	String addMember(@PathVariable("clinicId") UUID clinicId, MemberForm form, Model model,
			RedirectAttributes redirect) {
		ClinicId clinic = administered(clinicId);
		FormErrors errors = this.changes.add(clinic, form);
		if (!errors.hasErrors()) {
			redirect.addFlashAttribute("flash", "clinics.member.added");
			return "redirect:/clinic/staff";
		}
		return show(clinic, form.forDisplay(), errors, model);
	}

	@PostMapping("/clinic/staff/{clinicId}/members/{account}/remove")
	String removeMember(@PathVariable("clinicId") UUID clinicId, @PathVariable("account") UUID account, Model model,
			RedirectAttributes redirect) {
		ClinicId clinic = administered(clinicId);
		FormErrors errors = this.changes.remove(clinic, account);
		if (!errors.hasErrors()) {
			redirect.addFlashAttribute("flash", "clinics.member.removed");
			return "redirect:/clinic/staff";
		}
		return show(clinic, MemberForm.empty(), errors, model);
	}

	/**
	 * The addresses the forms post to, opened again (say, after a change of language).
	 */
	@GetMapping({ "/clinic/staff/{clinicId}/members", "/clinic/staff/{clinicId}/members/{account}/remove" })
	String backToPage(@PathVariable("clinicId") UUID clinicId) {
		administered(clinicId);
		return "redirect:/clinic/staff";
	}

	/**
	 * Every clinic the reader administers; the one whose form was posted keeps what was
	 * typed and its errors.
	 */
	private String show(ClinicId posted, MemberForm form, FormErrors errors, Model model) {
		List<MemberChanges.StaffBlock> blocks = this.staff.administeredByCaller()
			.stream()
			.map((clinic) -> clinic.id().equals(posted) ? this.changes.block(clinic, form, errors)
					: this.changes.block(clinic, MemberForm.empty(), null))
			.toList();
		model.addAttribute("blocks", blocks);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", StaffRole.values());
		return "clinic/staff";
	}

	/** The clinic, when the reader administers it; 404 otherwise. */
	private ClinicId administered(UUID id) {
		ClinicId clinic = new ClinicId(id);
		boolean administers = this.staff.administeredByCaller().stream().map(Clinic::id).anyMatch(clinic::equals);
		if (!administers) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return clinic;
	}

}
