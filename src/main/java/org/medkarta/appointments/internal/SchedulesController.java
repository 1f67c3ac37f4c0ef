package org.medkarta.appointments.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.medkarta.core.Refused;
import org.medkarta.appointments.Specialty;
import org.medkarta.appointments.WeeklyHours;
import org.medkarta.clinics.Clinic;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.Role;
import org.medkarta.web.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic administrator's schedules: how the clinic takes bookings (horizon, the time
 * before a visit to cancel it, specialties booked by referral), its doctors with their
 * weekly hours, slot length and breaks, and days off. Clinics the reader does not
 * administer answer 404; a bad form is shown again with what was typed and why.
 */
@Controller
class SchedulesController {

	private final Schedules schedules;

	private final Clinics clinics;

	SchedulesController(Schedules schedules, Clinics clinics) {
		this.schedules = schedules;
		this.clinics = clinics;
	}

	/** One administered clinic on the page. */
	record Block(Clinic clinic, BookingSettings settings, List<DoctorRow> doctors, HoursForm form, FormErrors errors,
			String posted) {
	}

	/** A doctor with their week. */
	record DoctorRow(Schedules.Doctor doctor, List<WeeklyHours> hours) {
	}

	@GetMapping("/clinic/schedules")
	String page(@AuthenticationPrincipal CurrentAccount current, Model model) {
		return show(current, null, null, null, null, model);
	}

	@PostMapping("/clinic/schedules/{clinic}/settings")
	String settings(@AuthenticationPrincipal CurrentAccount current, @PathVariable("clinic") UUID clinicId,
			@RequestParam MultiValueMap<String, String> posted, Model model, RedirectAttributes redirect) {
		Clinic clinic = administered(current, clinicId);
		FormErrors errors = new FormErrors();
		int horizon = number(posted.getFirst("horizonDays"), "horizonDays", errors);
		int cancel = number(posted.getFirst("cancelHoursBefore"), "cancelHoursBefore", errors);
		int first = optionalNumber(posted.getFirst("remindFirstHours"), BookingSettings.FIRST_REMINDER,
				"remindFirstHours", errors);
		int second = optionalNumber(posted.getFirst("remindSecondHours"), BookingSettings.SECOND_REMINDER,
				"remindSecondHours", errors);
		Set<Specialty> referral = EnumSet.noneOf(Specialty.class);
		for (String name : posted.getOrDefault("referral", List.of())) {
			Arrays.stream(Specialty.values()).filter((each) -> each.name().equals(name)).forEach(referral::add);
		}
		if (!errors.hasErrors()) {
			try {
				this.schedules.changeSettings(clinicId, new BookingSettings(horizon, cancel, referral, first, second));
				redirect.addFlashAttribute("flash", "appointments.settings.saved");
				return "redirect:/clinic/schedules";
			}
			catch (Refused refused) {
				errors.rejectForm(refused.messageKey(), refused.arguments());
			}
		}
		model.addAttribute("postedSettings", new BookingSettings(horizon, cancel, referral, first, second));
		return show(current, clinic.id(), null, errors, "settings", model);
	}

	@PostMapping("/clinic/schedules/{clinic}/doctors")
	String addDoctor(@AuthenticationPrincipal CurrentAccount current, @PathVariable("clinic") UUID clinicId,
			@RequestParam Map<String, String> posted, Model model, RedirectAttributes redirect) {
		Clinic clinic = administered(current, clinicId);
		HoursForm form = HoursForm.of(posted);
		FormErrors errors = new FormErrors();
		Specialty specialty = Arrays.stream(Specialty.values())
			.filter((each) -> each.name().equals(form.get("specialty")))
			.findFirst()
			.orElse(null);
		List<WeeklyHours> hours = form.hours(errors);
		if (hours != null) {
			try {
				this.schedules.add(clinic.id(), form.get("name"), specialty, form.slotMinutes(), hours);
				redirect.addFlashAttribute("flash", "appointments.doctor.added");
				return "redirect:/clinic/schedules";
			}
			catch (Refused refused) {
				errors.rejectForm(refused.messageKey(), refused.arguments());
			}
		}
		return show(current, clinic.id(), form, errors, "doctor", model);
	}

	@GetMapping("/clinic/schedules/doctors/{doctor}")
	String doctor(@AuthenticationPrincipal CurrentAccount current, @PathVariable("doctor") UUID doctorId, Model model) {
		Schedules.Doctor doctor = administeredDoctor(current, doctorId);
		return showDoctor(doctor, HoursForm.of(doctor, this.schedules.hours(doctor.id())), null, model);
	}

	@PostMapping("/clinic/schedules/doctors/{doctor}/hours")
	String changeHours(@AuthenticationPrincipal CurrentAccount current, @PathVariable("doctor") UUID doctorId,
			@RequestParam Map<String, String> posted, Model model, RedirectAttributes redirect) {
		Schedules.Doctor doctor = administeredDoctor(current, doctorId);
		HoursForm form = HoursForm.of(posted);
		FormErrors errors = new FormErrors();
		List<WeeklyHours> hours = form.hours(errors);
		if (hours != null) {
			try {
				this.schedules.changeHours(doctor.id(), form.slotMinutes(), hours);
				redirect.addFlashAttribute("flash", "appointments.hours.saved");
				return "redirect:/clinic/schedules/doctors/" + doctor.id();
			}
			catch (Refused refused) {
				errors.rejectForm(refused.messageKey(), refused.arguments());
			}
		}
		return showDoctor(doctor, form, errors, model);
	}

	@PostMapping("/clinic/schedules/doctors/{doctor}/days-off")
	String dayOff(@AuthenticationPrincipal CurrentAccount current, @PathVariable("doctor") UUID doctorId,
			@RequestParam(name = "day", required = false) String day, RedirectAttributes redirect) {
		Schedules.Doctor doctor = administeredDoctor(current, doctorId);
		FormErrors errors = new FormErrors();
		BookingController.date(day).ifPresentOrElse((chosen) -> {
			try {
				this.schedules.addDayOff(doctor.id(), chosen);
				redirect.addFlashAttribute("flash", "appointments.day-off.added");
			}
			catch (Refused refused) {
				errors.rejectForm(refused.messageKey(), refused.arguments());
			}
		}, () -> errors.reject("day", "appointments.day-off.format"));
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("errors", errors);
		}
		return "redirect:/clinic/schedules/doctors/" + doctor.id();
	}

	/**
	 * The addresses the forms post to, opened again (say, after a change of language).
	 */
	@GetMapping({ "/clinic/schedules/{clinic}/settings", "/clinic/schedules/{clinic}/doctors" })
	String backToPage(@AuthenticationPrincipal CurrentAccount current, @PathVariable("clinic") UUID clinicId) {
		administered(current, clinicId);
		return "redirect:/clinic/schedules";
	}

	@GetMapping({ "/clinic/schedules/doctors/{doctor}/hours", "/clinic/schedules/doctors/{doctor}/days-off" })
	String backToDoctor(@AuthenticationPrincipal CurrentAccount current, @PathVariable("doctor") UUID doctorId) {
		return "redirect:/clinic/schedules/doctors/" + administeredDoctor(current, doctorId).id();
	}

	private String show(CurrentAccount current, ClinicId posted, HoursForm form, FormErrors errors, String which,
			Model model) {
		List<Block> blocks = administeredBy(current).stream().map((clinic) -> {
			boolean mine = clinic.id().equals(posted);
			BookingSettings settings = (mine && model.getAttribute("postedSettings") instanceof BookingSettings typed)
					? typed : this.schedules.settings(clinic.id().value());
			return new Block(clinic, settings,
					this.schedules.doctorsOf(clinic.id().value())
						.stream()
						.map((doctor) -> new DoctorRow(doctor, this.schedules.hours(doctor.id())))
						.toList(),
					(mine && form != null) ? form : HoursForm.empty(), mine ? errors : null, mine ? which : null);
		}).toList();
		model.addAttribute("blocks", blocks);
		return "clinic/schedules";
	}

	private String showDoctor(Schedules.Doctor doctor, HoursForm form, FormErrors errors, Model model) {
		model.addAttribute("doctor", doctor);
		model.addAttribute("form", form);
		model.addAttribute("hoursErrors", errors);
		model.addAttribute("daysOff", this.schedules.daysOff(doctor.id()));
		model.addAttribute("clinic", this.clinics.find(new ClinicId(doctor.clinic())).orElseThrow());
		return "clinic/doctor";
	}

	/**
	 * The clinics the reader administers; staff who administer none are refused every
	 * page here (403).
	 */
	private List<Clinic> administeredBy(CurrentAccount current) {
		if (!current.has(Role.CLINIC_ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return this.clinics.clinicsOf(current.id())
			.stream()
			.filter((clinic) -> this.clinics.administratorsOf(clinic).contains(current.id()))
			.map(this.clinics::find)
			.flatMap(java.util.Optional::stream)
			.toList();
	}

	private Clinic administered(CurrentAccount current, UUID clinic) {
		return administeredBy(current).stream()
			.filter((each) -> each.id().value().equals(clinic))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Schedules.Doctor administeredDoctor(CurrentAccount current, UUID doctor) {
		return this.schedules.doctor(doctor)
			.filter((found) -> administeredBy(current).stream()
				.anyMatch((clinic) -> clinic.id().value().equals(found.clinic())))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A number the form may leave out (older forms): the default then. */
	private static int optionalNumber(String text, int absent, String field, FormErrors errors) {
		return (text == null) ? absent : number(text, field, errors);
	}

	private static int number(String text, String field, FormErrors errors) {
		try {
			return Integer.parseInt((text == null) ? "" : text.strip());
		}
		catch (NumberFormatException ex) {
			errors.reject(field, "appointments.settings.number");
			return 0;
		}
	}

}
