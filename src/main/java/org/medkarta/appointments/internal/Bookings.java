package org.medkarta.appointments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.medkarta.core.Refused;
import org.medkarta.appointments.Appointments;
import org.medkarta.appointments.Specialty;
import org.medkarta.clinics.Clinic;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.family.ChildId;
import org.medkarta.family.CourtRestrictions;
import org.medkarta.family.GuardianLink;
import org.medkarta.family.Guardianships;
import org.medkarta.family.KinshipStatus;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.PersonalData;
import org.medkarta.identity.TrustLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking, cancelling and rescheduling visits for a child, and the clinic's side: the
 * day's bookings, visits marked done or missed. A slot holds at most one booking: the
 * insert is conditional on the unique index {@code bookings_one_per_slot}, so of any
 * number of people pressing «Записаться» on one slot at once, exactly one gets it. A
 * child holds at most one future booking per specialty: bookings for one child are taken
 * one at a time (a transaction-scoped advisory lock on the SNILS), then checked.
 */
@Service
class Bookings implements Appointments {

	private final JdbcClient jdbc;

	private final Guardianships guardianships;

	private final CourtRestrictions restrictions;

	private final Clinics clinics;

	private final Clock clock;

	private final Accounts accounts;

	Bookings(JdbcClient jdbc, Guardianships guardianships, CourtRestrictions restrictions, Clinics clinics, Clock clock,
			Accounts accounts) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.guardianships = guardianships;
		this.restrictions = restrictions;
		this.clinics = clinics;
		this.clock = clock;
	}

	/**
	 * A booking as the pages show it.
	 *
	 * @param id the booking
	 * @param slot its slot
	 * @param clinic the clinic
	 * @param patient the child
	 * @param specialty the doctor's specialty
	 * @param doctor the doctor's name
	 * @param startsAt when the visit starts
	 * @param status BOOKED, CANCELLED, DONE or MISSED
	 * @param bookedBy who booked it
	 */
	record Booking(UUID id, UUID slot, UUID clinic, UUID patient, Specialty specialty, String doctor, Instant startsAt,
			String status, UUID bookedBy, Instant bookedAt) {
	}

	/** Books the slot for the child; refused with the reason the page shows. */
	@Transactional
	UUID book(AccountId parent, ChildId child, UUID slot) {
		return book(parent, child, slot, null);
	}

	/**
	 * Cancels a booking of the parent's child, up to the clinic's time before the visit.
	 */
	@Transactional
	void cancel(AccountId parent, UUID booking) {
		Booking found = ofGuardian(parent, booking).orElseThrow(() -> new Refused("appointments.booking.unknown"));
		checkChangeable(found);
		this.jdbc
			.sql("UPDATE bookings SET status = 'CANCELLED', changed_at = :now, changed_by = :by "
					+ "WHERE id = :id AND status = 'BOOKED'")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", parent.value())
			.param("id", booking)
			.update();
	}

	/** Moves a booking to another slot of the same specialty, in one step. */
	@Transactional
	UUID reschedule(AccountId parent, UUID booking, UUID slot) {
		Booking found = ofGuardian(parent, booking).orElseThrow(() -> new Refused("appointments.booking.unknown"));
		checkChangeable(found);
		UUID moved = found.patient().equals(parent.value()) ? book(parent, self(parent), slot, found)
				: book(parent, new ChildId(found.patient()), slot, found);
		this.jdbc.sql("UPDATE bookings SET status = 'CANCELLED', changed_at = :now, changed_by = :by WHERE id = :id")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", parent.value())
			.param("id", booking)
			.update();
		return moved;
	}

	/** Staff mark a visit that has begun as done or missed. */
	@Transactional
	void mark(ClinicId clinic, AccountId staff, UUID booking, String status) {
		if (!List.of("DONE", "MISSED").contains(status)) {
			throw new IllegalArgumentException("Not a visit's outcome: " + status);
		}
		Booking found = find(booking).filter((it) -> it.clinic().equals(clinic.value()))
			.orElseThrow(() -> new Refused("appointments.booking.unknown"));
		if (found.startsAt().isAfter(this.clock.instant())) {
			throw new Refused("appointments.mark.future");
		}
		if (!"BOOKED".equals(found.status())) {
			throw new Refused("appointments.booking.not-booked");
		}
		this.jdbc.sql("UPDATE bookings SET status = :status, changed_at = :now, changed_by = :by WHERE id = :id")
			.param("status", status)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", staff.value())
			.param("id", booking)
			.update();
	}

	/**
	 * The clinic's bookings on a day, by time; cancelled ones are left out, their slots
	 * being free again.
	 */
	@Transactional(readOnly = true)
	List<Booking> day(ClinicId clinic, LocalDate day) {
		return this.jdbc
			.sql(SELECT + " WHERE b.clinic_id = :clinic AND b.status <> 'CANCELLED' AND s.starts_at >= :from "
					+ "AND s.starts_at < :until " + "ORDER BY s.starts_at, d.full_name")
			.param("clinic", clinic.value())
			.param("from", Timestamp.from(day.atStartOfDay(Schedules.MOSCOW).toInstant()))
			.param("until", Timestamp.from(day.plusDays(1).atStartOfDay(Schedules.MOSCOW).toInstant()))
			.query((rs, row) -> booking(rs))
			.list();
	}

	/**
	 * A child's bookings still to come, soonest first. One statement, so no transaction
	 * of its own: the record's overview asks on every view.
	 */
	List<Booking> upcomingBookings(ChildId child) {
		return this.jdbc
			.sql(SELECT + " WHERE b.patient_id = :child AND b.status = 'BOOKED' AND s.starts_at > :now "
					+ "ORDER BY s.starts_at")
			.param("child", child.value())
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, row) -> booking(rs))
			.list();
	}

	@Override
	public List<Visit> upcoming(ChildId child) {
		return upcomingBookings(child).stream().map(Bookings::visit).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Visit> startingBetween(Instant from, Instant until) {
		return this.jdbc
			.sql(SELECT + " WHERE b.status = 'BOOKED' AND s.starts_at >= :from AND s.starts_at < :until "
					+ "ORDER BY s.starts_at")
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query((rs, row) -> visit(booking(rs)))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isBooked(UUID booking) {
		return find(booking).filter((found) -> "BOOKED".equals(found.status())).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public List<java.time.Duration> reminderLeads(ClinicId clinic) {
		BookingSettings settings = this.jdbc.sql("SELECT 1 FROM appointment_settings WHERE clinic_id = :clinic")
			.param("clinic", clinic.value())
			.query(Integer.class)
			.optional()
			.map((row) -> BookingSettings.of(this.jdbc, clinic.value()))
			.orElse(null);
		int first = (settings != null) ? settings.remindFirstHours() : BookingSettings.FIRST_REMINDER;
		int second = (settings != null) ? settings.remindSecondHours() : BookingSettings.SECOND_REMINDER;
		return java.util.stream.Stream.of(first, second)
			.filter((hours) -> hours > 0)
			.distinct()
			.sorted(java.util.Comparator.reverseOrder())
			.map(java.time.Duration::ofHours)
			.toList();
	}

	private static Visit visit(Booking booking) {
		return new Visit(booking.id(), new ChildId(booking.patient()), new ClinicId(booking.clinic()),
				booking.specialty(), booking.doctor(), booking.startsAt(), booking.bookedAt());
	}

	@Transactional(readOnly = true)
	Optional<Booking> find(UUID booking) {
		return this.jdbc.sql(SELECT + " WHERE b.id = :id")
			.param("id", booking)
			.query((rs, row) -> booking(rs))
			.optional();
	}

	Instant now() {
		return this.clock.instant();
	}

	private static final String SELECT = "SELECT b.*, s.starts_at, d.full_name FROM bookings b "
			+ "JOIN slots s ON s.id = b.slot_id JOIN doctors d ON d.id = s.doctor_id";

	/** Books the slot for the account holder themselves, at the clinic they attend. */
	@Transactional
	UUID bookSelf(AccountId holder, UUID slot) {
		return book(holder, self(holder), slot, null);
	}

	/**
	 * Who a booking is for: the patient's id (the child's, or the holder's own account),
	 * SNILS and clinic.
	 */
	private record Patient(UUID id, String snils, Optional<Clinic> clinic) {
	}

	/** The holder as a patient: their SNILS from personal data the registry matched. */
	private Patient self(AccountId holder) {
		boolean matched = this.accounts.trustLevelOf(holder)
			.filter((level) -> level != TrustLevel.SIMPLIFIED)
			.isPresent();
		PersonalData data = this.accounts.personalDataOf(holder)
			.filter((found) -> matched)
			.orElseThrow(() -> new Refused("appointments.self.not-confirmed"));
		return new Patient(holder.value(), data.snils().value(), this.clinics.clinicOf(data.snils()));
	}

	/** The parent's child as a patient, when the kinship is verified and unrestricted. */
	private Patient child(AccountId parent, ChildId child) {
		GuardianLink link = this.guardianships.link(parent, child)
			.filter((found) -> found.kinship() == KinshipStatus.VERIFIED)
			.orElseThrow(() -> new Refused("appointments.child.not-verified"));
		if (this.restrictions.isRestricted(parent, child, LocalDate.now(this.clock.withZone(Schedules.MOSCOW)))) {
			throw new Refused("appointments.child.restricted");
		}
		return new Patient(child.value(), link.child().snils().value(), this.clinics.clinicOf(link.child().snils()));
	}

	private UUID book(AccountId parent, ChildId child, UUID slot, Booking replacing) {
		SlotFacts facts = slotFacts(slot);
		return book(parent, child(parent, child), facts, replacing);
	}

	private UUID book(AccountId by, Patient patient, UUID slot, Booking replacing) {
		return book(by, patient, slotFacts(slot), replacing);
	}

	private SlotFacts slotFacts(UUID slot) {
		SlotFacts facts = this.jdbc
			.sql("SELECT s.id, s.starts_at, s.blocked OR EXISTS (SELECT 1 FROM bookings b WHERE b.slot_id = s.id "
					+ "AND b.status <> 'CANCELLED') AS blocked, d.clinic_id, d.specialty, d.active FROM slots s "
					+ "JOIN doctors d ON d.id = s.doctor_id WHERE s.id = :slot")
			.param("slot", slot)
			.query((rs, row) -> new SlotFacts(rs.getObject("id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
					rs.getBoolean("blocked"), rs.getObject("clinic_id", UUID.class),
					Specialty.valueOf(rs.getString("specialty")), rs.getBoolean("active")))
			.optional()
			.orElseThrow(() -> new Refused("appointments.slot.unknown"));
		if (!facts.startsAt().isAfter(this.clock.instant())) {
			throw new Refused("appointments.slot.past");
		}
		// Taken already: said at once. The insert below stays the guard against a race.
		if (facts.blocked() || !facts.active()) {
			throw new Refused("appointments.slot.taken");
		}
		return facts;
	}

	private UUID book(AccountId by, Patient patient, SlotFacts facts, Booking replacing) {
		Instant now = this.clock.instant();
		if (patient.clinic().isEmpty() || !patient.clinic().get().id().value().equals(facts.clinic())) {
			throw new Refused("appointments.slot.other-clinic");
		}
		if (replacing != null && replacing.specialty() != facts.specialty()) {
			throw new Refused("appointments.reschedule.specialty");
		}
		if (replacing == null
				&& BookingSettings.of(this.jdbc, facts.clinic()).referralSpecialties().contains(facts.specialty())) {
			throw new Refused("appointments.referral-needed");
		}
		String snils = patient.snils();
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('booking:' || :snils))")
			.param("snils", snils)
			.query((rs, row) -> 1)
			.list();
		boolean held = this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM bookings b JOIN slots s ON s.id = b.slot_id WHERE b.patient_snils = :snils "
					+ "AND b.specialty = :specialty AND b.status = 'BOOKED' AND s.starts_at > :now AND b.id <> :replacing)")
			.param("snils", snils)
			.param("specialty", facts.specialty().name())
			.param("now", Timestamp.from(now))
			.param("replacing", (replacing != null) ? replacing.id() : new UUID(0, 0))
			.query(Boolean.class)
			.single();
		if (held) {
			throw new Refused("appointments.specialty.held");
		}
		UUID id = UUID.randomUUID();
		int inserted = this.jdbc
			.sql("INSERT INTO bookings (id, slot_id, clinic_id, patient_id, patient_snils, specialty, booked_by, status, "
					+ "created_at, changed_at, changed_by) VALUES (:id, :slot, :clinic, :child, :snils, :specialty, "
					+ ":by, 'BOOKED', :now, :now, :by) ON CONFLICT (slot_id) WHERE status <> 'CANCELLED' DO NOTHING")
			.param("id", id)
			.param("slot", facts.id())
			.param("clinic", facts.clinic())
			.param("child", patient.id())
			.param("snils", snils)
			.param("specialty", facts.specialty().name())
			.param("by", by.value())
			.param("now", Timestamp.from(now))
			.update();
		if (inserted == 0) {
			throw new Refused("appointments.slot.taken");
		}
		return id;
	}

	/** A booking for the account holder or one of their verified children. */
	private Optional<Booking> ofGuardian(AccountId parent, UUID booking) {
		return find(booking).filter((found) -> found.patient().equals(parent.value())
				|| this.guardianships.link(parent, new ChildId(found.patient()))
					.filter((link) -> link.kinship() == KinshipStatus.VERIFIED)
					.isPresent());
	}

	private void checkChangeable(Booking booking) {
		if (!"BOOKED".equals(booking.status())) {
			throw new Refused("appointments.booking.not-booked");
		}
		int hours = BookingSettings.of(this.jdbc, booking.clinic()).cancelHoursBefore();
		if (this.clock.instant().plus(Duration.ofHours(hours)).isAfter(booking.startsAt())) {
			throw new Refused("appointments.booking.too-late", hours);
		}
	}

	private static Booking booking(ResultSet rs) throws SQLException {
		return new Booking(rs.getObject("id", UUID.class), rs.getObject("slot_id", UUID.class),
				rs.getObject("clinic_id", UUID.class), rs.getObject("patient_id", UUID.class),
				Specialty.valueOf(rs.getString("specialty")), rs.getString("full_name"),
				rs.getTimestamp("starts_at").toInstant(), rs.getString("status"), rs.getObject("booked_by", UUID.class),
				rs.getTimestamp("created_at").toInstant());
	}

	private record SlotFacts(UUID id, Instant startsAt, boolean blocked, UUID clinic, Specialty specialty,
			boolean active) {
	}

}
