package org.medkarta.clinics.internal;

import java.util.UUID;

import org.medkarta.clinics.Clinic;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.clinics.Clinics.ClinicExistsException;
import org.medkarta.clinics.Clinics.NewClinic;
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
 * The administrator's pages for clinics: the list with the form to register one, and one
 * clinic with its staff.
 */
@Controller
class AdminClinicsController {

	private final Clinics clinics;

	private final ClinicList list;

	private final MemberChanges changes;

	AdminClinicsController(Clinics clinics, ClinicList list, MemberChanges changes) {
		this.clinics = clinics;
		this.list = list;
		this.changes = changes;
	}

	@GetMapping("/admin/clinics")
	String initRegisterForm(Model model) {
		return showList(ClinicForm.empty(), null, model);
	}

	@PostMapping("/admin/clinics")
	String processRegisterForm(ClinicForm form, Model model, RedirectAttributes redirect) {
		FormErrors errors = new FormErrors();
		NewClinic clinic = form.parse(errors);
		if (clinic != null) {
			try {
				ClinicId id = this.clinics.register(clinic);
				redirect.addFlashAttribute("flash", "clinics.registered");
				return "redirect:/admin/clinics/" + id;
			}
			catch (ClinicExistsException ex) {
				errors.reject("ogrn", "clinics.field.ogrn.taken");
			}
		}
		return showList(form.forDisplay(), errors, model);
	}

	private String showList(ClinicForm form, FormErrors errors, Model model) {
		model.addAttribute("rows", this.list.all());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "admin/clinics";
	}

	@GetMapping("/admin/clinics/{id}")
	String clinic(@PathVariable("id") UUID id, Model model) {
		return showClinic(existing(id), MemberForm.empty(), null, model);
	}

	@PostMapping("/admin/clinics/{id}/members")
	String addMember(@PathVariable("id") UUID id, MemberForm form, Model model, RedirectAttributes redirect) {
		Clinic clinic = existing(id);
		FormErrors errors = this.changes.add(clinic.id(), form);
		if (!errors.hasErrors()) {
			redirect.addFlashAttribute("flash", "clinics.member.added");
			return "redirect:/admin/clinics/" + clinic.id();
		}
		return showClinic(clinic, form.forDisplay(), errors, model);
	}

	@PostMapping("/admin/clinics/{id}/members/{account}/remove")
	String removeMember(@PathVariable("id") UUID id, @PathVariable("account") UUID account, Model model,
			RedirectAttributes redirect) {
		Clinic clinic = existing(id);
		FormErrors errors = this.changes.remove(clinic.id(), account);
		if (!errors.hasErrors()) {
			redirect.addFlashAttribute("flash", "clinics.member.removed");
			return "redirect:/admin/clinics/" + clinic.id();
		}
		return showClinic(clinic, MemberForm.empty(), errors, model);
	}

	/**
	 * The addresses the forms post to, opened again (say, after a change of language).
	 */
	@GetMapping({ "/admin/clinics/{id}/members", "/admin/clinics/{id}/members/{account}/remove" })
	String backToClinic(@PathVariable("id") UUID id) {
		return "redirect:/admin/clinics/" + existing(id).id();
	}

	private String showClinic(Clinic clinic, MemberForm form, FormErrors errors, Model model) {
		model.addAttribute("clinic", clinic);
		model.addAttribute("block", this.changes.block(clinic, form, errors));
		model.addAttribute("errors", errors);
		model.addAttribute("roles", StaffRole.values());
		return "admin/clinic";
	}

	private Clinic existing(UUID id) {
		return this.clinics.find(new ClinicId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
