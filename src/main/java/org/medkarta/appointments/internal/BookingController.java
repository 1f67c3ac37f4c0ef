package org.medkarta.appointments.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.medkarta.core.Refused;
import org.medkarta.appointments.Specialty;
import org.medkarta.clinics.Clinic;
import org.medkarta.clinics.Clinics;
import org.medkarta.family.ChildFacts;
import org.medkarta.family.ChildId;
import org.medkarta.family.CourtRestrictions;
import org.medkarta.family.GuardianLink;
import org.medkarta.family.Guardianships;
import org.medkarta.family.KinshipStatus;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.TrustLevel;
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
 * «Запись к врачу» for the family: the children's bookings, and booking step by step —
 * specialty, doctor, a free day, a free time, confirmation — at the child's clinic. Each
 * step is a plain link, so the page works without scripts and the back button works. A
 * child not linked to the reader, or not verified, answers 404.
 */
@Controller
class BookingController {

	private final Bookings bookings;

	private final Schedules schedules;

	private final Guardianships guardianships;

	private final Clinics clinics;

	private final CourtRestrictions restrictions;

	private final Accounts accounts;

	BookingController(Bookings bookings, Schedules schedules, Guardianships guardianships, Clinics clinics,
			CourtRestrictions restrictions, Accounts accounts) {
		this.accounts = accounts;
		this.restrictions = restrictions;
		this.bookings = bookings;
		this.schedules = schedules;
		this.guardianships = guardianships;
		this.clinics = clinics;
	}

	/** One child on the list: their clinic, if any, and their bookings to come. */
	record ChildBookings(ChildFacts child, boolean verified, boolean restricted, Clinic clinic,
			List<Bookings.Booking> upcoming) {
	}

	@GetMapping("/appointments")
	String list(@AuthenticationPrincipal CurrentAccount current, Model model) {
		List<ChildBookings> children = this.guardianships.childrenOf(current.id()).stream().map((link) -> {
			boolean verified = link.kinship() == KinshipStatus.VERIFIED;
			boolean restricted = restricted(current, link.child().id());
			return new ChildBookings(link.child(), verified, restricted,
					this.clinics.clinicOf(link.child().snils()).orElse(null),
					(verified && !restricted) ? this.bookings.upcomingBookings(link.child().id()) : List.of());
		}).toList();
		model.addAttribute("children", children);
		Optional<ChildFacts> me = self(current);
		model.addAttribute("me", me.orElse(null));
		model.addAttribute("mine", me.map((self) -> this.bookings.upcomingBookings(self.id())).orElse(List.of()));
		model.addAttribute("myClinic", me.flatMap((self) -> this.clinics.clinicOf(self.snils())).orElse(null));
		return "appointments/list";
	}

	@GetMapping("/appointments/children/{child}/new")
	String book(@AuthenticationPrincipal CurrentAccount current, @PathVariable("child") UUID childId,
			@RequestParam(name = "specialty", required = false) String specialty,
			@RequestParam(name = "doctor", required = false) String doctor,
			@RequestParam(name = "day", required = false) String day,
			@RequestParam(name = "slot", required = false) String slot, Model model) {
		ChildFacts child = verifiedChild(current, childId);
		model.addAttribute("action", "/appointments/children/" + child.id().value() + "/new");
		return steps(child, null, specialty, doctor, day, slot, model);
	}

	@GetMapping("/appointments/me/new")
	String bookSelf(@AuthenticationPrincipal CurrentAccount current,
			@RequestParam(name = "specialty", required = false) String specialty,
			@RequestParam(name = "doctor", required = false) String doctor,
			@RequestParam(name = "day", required = false) String day,
			@RequestParam(name = "slot", required = false) String slot, Model model) {
		ChildFacts me = self(current).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("action", "/appointments/me/new");
		return steps(me, null, specialty, doctor, day, slot, model);
	}

	@PostMapping("/appointments/me/new")
	String confirmSelf(@AuthenticationPrincipal CurrentAccount current,
			@RequestParam(name = "slot", required = false) String slot, RedirectAttributes redirect) {
		self(current).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			this.bookings.bookSelf(current.id(),
					uuid(slot).orElseThrow(() -> new Refused("appointments.slot.unknown")));
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("errors",
					new FormErrors().rejectForm(refused.messageKey(), refused.arguments()));
			return "redirect:/appointments/me/new";
		}
		redirect.addFlashAttribute("flash", "appointments.booked-self");
		return "redirect:/appointments";
	}

	@PostMapping("/appointments/children/{child}/new")
	String confirm(@AuthenticationPrincipal CurrentAccount current, @PathVariable("child") UUID childId,
			@RequestParam(name = "slot", required = false) String slot, RedirectAttributes redirect) {
		ChildFacts child = verifiedChild(current, childId);
		UUID chosen = uuid(slot).orElse(null);
		try {
			if (chosen == null) {
				throw new Refused("appointments.slot.unknown");
			}
			this.bookings.book(current.id(), child.id(), chosen);
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("errors",
					new FormErrors().rejectForm(refused.messageKey(), refused.arguments()));
			return "redirect:/appointments/children/" + child.id().value() + "/new";
		}
		redirect.addFlashAttribute("flash", "appointments.booked");
		return "redirect:/appointments";
	}

	@PostMapping("/appointments/bookings/{booking}/cancel")
	String cancel(@AuthenticationPrincipal CurrentAccount current, @PathVariable("booking") UUID bookingId,
			RedirectAttributes redirect) {
		Bookings.Booking booking = ownBooking(current, bookingId, false);
		patientOf(current, booking);
		try {
			this.bookings.cancel(current.id(), booking.id());
			redirect.addFlashAttribute("flash", "appointments.cancelled");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("errors",
					new FormErrors().rejectForm(refused.messageKey(), refused.arguments()));
		}
		return "redirect:/appointments";
	}

	@GetMapping("/appointments/bookings/{booking}/reschedule")
	String reschedule(@AuthenticationPrincipal CurrentAccount current, @PathVariable("booking") UUID bookingId,
			@RequestParam(name = "doctor", required = false) String doctor,
			@RequestParam(name = "day", required = false) String day,
			@RequestParam(name = "slot", required = false) String slot, Model model) {
		Bookings.Booking booking = ownBooking(current, bookingId);
		ChildFacts child = patientOf(current, booking);
		model.addAttribute("action", "/appointments/bookings/" + booking.id() + "/reschedule");
		return steps(child, booking, booking.specialty().name(), doctor, day, slot, model);
	}

	@PostMapping("/appointments/bookings/{booking}/reschedule")
	String moved(@AuthenticationPrincipal CurrentAccount current, @PathVariable("booking") UUID bookingId,
			@RequestParam(name = "slot", required = false) String slot, RedirectAttributes redirect) {
		Bookings.Booking booking = ownBooking(current, bookingId);
		patientOf(current, booking);
		try {
			this.bookings.reschedule(current.id(), booking.id(),
					uuid(slot).orElseThrow(() -> new Refused("appointments.slot.unknown")));
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("errors",
					new FormErrors().rejectForm(refused.messageKey(), refused.arguments()));
			return "redirect:/appointments/bookings/" + booking.id() + "/reschedule";
		}
		redirect.addFlashAttribute("flash", "appointments.rescheduled");
		return "redirect:/appointments";
	}

	/**
	 * The booking page at whatever step the chosen values reach: a value that is not one
	 * of the offered ones is dropped with its later steps, so a stale or edited address
	 * lands on the step to choose again.
	 */
	private String steps(ChildFacts child, Bookings.Booking replacing, String specialtyName, String doctorId,
			String dayText, String slotId, Model model) {
		model.addAttribute("child", child);
		model.addAttribute("replacing", replacing);
		Optional<Clinic> clinic = this.clinics.clinicOf(child.snils());
		model.addAttribute("clinic", clinic.orElse(null));
		if (clinic.isEmpty()) {
			return "appointments/book";
		}
		UUID clinicId = clinic.get().id().value();
		List<Schedules.Doctor> doctors = this.schedules.doctorsOf(clinicId);
		Set<Specialty> offered = EnumSet.noneOf(Specialty.class);
		doctors.forEach((doctor) -> offered.add(doctor.specialty()));
		model.addAttribute("offered", Arrays.stream(Specialty.values()).filter(offered::contains).toList());
		model.addAttribute("paediatricianOffered", offered.contains(Specialty.PAEDIATRICIAN));
		BookingSettings settings = this.schedules.settings(clinicId);
		model.addAttribute("referral", settings.referralSpecialties());
		Specialty specialty = Arrays.stream(Specialty.values())
			.filter((each) -> each.name().equals(specialtyName) && offered.contains(each))
			.findFirst()
			.orElse(null);
		model.addAttribute("specialty", specialty);
		if (specialty == null) {
			return "appointments/book";
		}
		if (replacing == null && settings.referralSpecialties().contains(specialty)) {
			model.addAttribute("needsReferral", true);
			return "appointments/book";
		}
		List<Schedules.Doctor> ofSpecialty = doctors.stream().filter((each) -> each.specialty() == specialty).toList();
		model.addAttribute("doctors", ofSpecialty);
		Schedules.Doctor doctor = ofSpecialty.stream()
			.filter((each) -> each.id().toString().equals(doctorId))
			.findFirst()
			.orElse(null);
		model.addAttribute("doctor", doctor);
		if (doctor == null) {
			return "appointments/book";
		}
		List<Schedules.FreeDay> days = this.schedules.freeDays(doctor.id());
		model.addAttribute("days", days);
		LocalDate day = date(dayText).filter((each) -> days.stream().anyMatch((free) -> free.day().equals(each)))
			.orElse(null);
		model.addAttribute("day", day);
		if (day == null) {
			return "appointments/book";
		}
		List<Schedules.Slot> free = this.schedules.slots(doctor.id(), day)
			.stream()
			.filter((each) -> !each.blocked() && !each.booked())
			.filter((each) -> each.startsAt().isAfter(this.bookings.now()))
			.toList();
		model.addAttribute("slots", free);
		model.addAttribute("slot",
				free.stream().filter((each) -> each.id().toString().equals(slotId)).findFirst().orElse(null));
		return "appointments/book";
	}

	/**
	 * The reader's child, when the kinship is verified (404 otherwise) and no court
	 * restriction is in force (403).
	 */
	private ChildFacts verifiedChild(CurrentAccount current, UUID child) {
		ChildFacts found = this.guardianships.link(current.id(), new ChildId(child))
			.filter((link) -> link.kinship() == KinshipStatus.VERIFIED)
			.map(GuardianLink::child)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (restricted(current, found.id())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return found;
	}

	/** Who the booking is for: the reader themselves, or their child (checked). */
	private ChildFacts patientOf(CurrentAccount current, Bookings.Booking booking) {
		if (booking.patient().equals(current.id().value())) {
			return self(current).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		return verifiedChild(current, booking.patient());
	}

	/**
	 * The reader as a patient, once the registry matched their personal data (their SNILS
	 * is then known); empty before.
	 */
	private Optional<ChildFacts> self(CurrentAccount current) {
		if (this.accounts.trustLevelOf(current.id()).filter((level) -> level != TrustLevel.SIMPLIFIED).isEmpty()) {
			return Optional.empty();
		}
		return this.accounts.personalDataOf(current.id())
			.map((data) -> new ChildFacts(new ChildId(current.id().value()), data.name(), data.birthDate(),
					data.snils(), null));
	}

	private boolean restricted(CurrentAccount current, ChildId child) {
		return this.restrictions.isRestricted(current.id(), child,
				LocalDate.ofInstant(this.bookings.now(), Schedules.MOSCOW));
	}

	private Bookings.Booking ownBooking(CurrentAccount current, UUID booking) {
		return ownBooking(current, booking, true);
	}

	/** A booking for the reader or one of their verified children; 404 otherwise. */
	private Bookings.Booking ownBooking(CurrentAccount current, UUID booking, boolean onlyBooked) {
		return this.bookings.find(booking)
			.filter((found) -> found.patient().equals(current.id().value())
					|| this.guardianships.link(current.id(), new ChildId(found.patient()))
						.filter((link) -> link.kinship() == KinshipStatus.VERIFIED)
						.isPresent())
			.filter((found) -> !onlyBooked || "BOOKED".equals(found.status()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static Optional<UUID> uuid(String text) {
		try {
			return Optional.ofNullable(text).map(UUID::fromString);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	static Optional<LocalDate> date(String text) {
		try {
			return Optional.ofNullable(text).map(LocalDate::parse);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
