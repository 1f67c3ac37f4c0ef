package org.medkarta.appointments.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.medkarta.core.Refused;
import org.medkarta.clinics.Clinic;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.family.ChildId;
import org.medkarta.family.Guardianships;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.web.FormErrors;

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
 * The clinic staff's day: the bookings of their clinics on a day, marked done or missed
 * once the visit has begun, and each doctor's slots, which staff may block and free. A
 * booking, doctor or slot of another clinic answers 404.
 */
@Controller
class ClinicDayController {

	private final Bookings bookings;

	private final Schedules schedules;

	private final Clinics clinics;

	private final Guardianships guardianships;

	ClinicDayController(Bookings bookings, Schedules schedules, Clinics clinics, Guardianships guardianships) {
		this.bookings = bookings;
		this.schedules = schedules;
		this.clinics = clinics;
		this.guardianships = guardianships;
	}

	/** A booking on the day list, with the patient's name. */
	record Row(Bookings.Booking booking, String patient, boolean begun) {
	}

	/** One clinic's day. */
	record ClinicDay(Clinic clinic, List<Row> rows, List<Schedules.Doctor> doctors) {
	}

	@GetMapping("/clinic/appointments")
	String day(@AuthenticationPrincipal CurrentAccount current,
			@RequestParam(name = "day", required = false) String day, Model model) {
		LocalDate chosen = BookingController.date(day).orElse(today());
		List<ClinicDay> days = mine(current).stream()
			.map((clinic) -> new ClinicDay(clinic,
					this.bookings.day(clinic.id(), chosen)
						.stream()
						.map((booking) -> new Row(booking,
								this.guardianships.child(new ChildId(booking.patient()))
									.map((child) -> child.name().full())
									.orElse("—"),
								!booking.startsAt().isAfter(this.bookings.now())))
						.toList(),
					this.schedules.doctorsOf(clinic.id().value())))
			.toList();
		model.addAttribute("clinics", days);
		model.addAttribute("day", chosen);
		return "clinic/appointments";
	}

	@PostMapping("/clinic/appointments/bookings/{booking}/mark")
	String mark(@AuthenticationPrincipal CurrentAccount current, @PathVariable("booking") UUID bookingId,
			@RequestParam(name = "status", required = false) String status, RedirectAttributes redirect) {
		Bookings.Booking booking = this.bookings.find(bookingId)
			.filter((found) -> memberOf(current, found.clinic()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		LocalDate day = booking.startsAt().atZone(Schedules.MOSCOW).toLocalDate();
		if (!"DONE".equals(status) && !"MISSED".equals(status)) {
			redirect.addFlashAttribute("errors", new FormErrors().rejectForm("appointments.mark.choose"));
			return "redirect:/clinic/appointments?day=" + day;
		}
		try {
			this.bookings.mark(new ClinicId(booking.clinic()), current.id(), booking.id(), status);
			redirect.addFlashAttribute("flash", "appointments.marked");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("errors",
					new FormErrors().rejectForm(refused.messageKey(), refused.arguments()));
		}
		return "redirect:/clinic/appointments?day=" + day;
	}

	@GetMapping("/clinic/appointments/doctors/{doctor}")
	String doctorDay(@AuthenticationPrincipal CurrentAccount current, @PathVariable("doctor") UUID doctorId,
			@RequestParam(name = "day", required = false) String day, Model model) {
		Schedules.Doctor doctor = this.schedules.doctor(doctorId)
			.filter((found) -> memberOf(current, found.clinic()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		LocalDate chosen = BookingController.date(day).orElse(today());
		model.addAttribute("doctor", doctor);
		model.addAttribute("day", chosen);
		model.addAttribute("slots", this.schedules.slots(doctor.id(), chosen));
		model.addAttribute("now", this.bookings.now());
		return "clinic/doctor-day";
	}

	@PostMapping("/clinic/appointments/slots/{slot}/block")
	String block(@AuthenticationPrincipal CurrentAccount current, @PathVariable("slot") UUID slotId,
			@RequestParam(name = "blocked", required = false) String blocked, RedirectAttributes redirect) {
		Schedules.Slot slot = this.schedules.slot(slotId)
			.filter((found) -> this.schedules.doctor(found.doctor())
				.filter((doctor) -> memberOf(current, doctor.clinic()))
				.isPresent())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			this.schedules.block(slot.id(), "true".equals(blocked));
			redirect.addFlashAttribute("flash",
					"true".equals(blocked) ? "appointments.slot.blocked" : "appointments.slot.freed");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("errors",
					new FormErrors().rejectForm(refused.messageKey(), refused.arguments()));
		}
		return "redirect:/clinic/appointments/doctors/" + slot.doctor() + "?day="
				+ slot.startsAt().atZone(Schedules.MOSCOW).toLocalDate();
	}

	private List<Clinic> mine(CurrentAccount current) {
		Set<ClinicId> ids = this.clinics.clinicsOf(current.id());
		return ids.stream().map(this.clinics::find).flatMap(java.util.Optional::stream).toList();
	}

	private boolean memberOf(CurrentAccount current, UUID clinic) {
		return this.clinics.clinicsOf(current.id()).contains(new ClinicId(clinic));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.bookings.now(), Schedules.MOSCOW);
	}

}
