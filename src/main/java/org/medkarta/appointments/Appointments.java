package org.medkarta.appointments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.medkarta.clinics.ClinicId;
import org.medkarta.family.ChildId;

/** A child's booked visits, as other modules show them and remind of them. */
public interface Appointments {

	/** The child's visits still to come and not cancelled, soonest first. */
	List<Visit> upcoming(ChildId child);

	/**
	 * Booked visits that start at {@code from} or later and before {@code until}, soonest
	 * first: what the reminder job looks at.
	 */
	List<Visit> startingBetween(Instant from, Instant until);

	/**
	 * A booked visit.
	 *
	 * @param id the booking
	 * @param child the child
	 * @param clinic the clinic
	 * @param specialty the doctor's specialty
	 * @param doctor the doctor's name
	 * @param startsAt when the visit starts
	 * @param bookedAt when it was booked
	 */
	record Visit(UUID id, ChildId child, ClinicId clinic, Specialty specialty, String doctor, Instant startsAt,
			Instant bookedAt) {
	}

	/** Whether the booking still stands: booked, not cancelled, not yet closed. */
	boolean isBooked(UUID booking);

	/**
	 * How long before a visit the family is reminded of it, longest first, by the
	 * clinic's settings: a day and two hours unless the clinic changed them; none when
	 * both are off.
	 */
	List<java.time.Duration> reminderLeads(ClinicId clinic);

}
