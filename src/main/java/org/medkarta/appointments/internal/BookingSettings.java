package org.medkarta.appointments.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.medkarta.appointments.Specialty;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How a clinic takes bookings: its row of {@code appointment_settings}, made with the
 * migration's defaults when the clinic's first doctor is added, so every clinic with
 * slots has one.
 *
 * @param horizonDays how many days ahead slots are made
 * @param cancelHoursBefore the least time before a visit to cancel or move it
 * @param referralSpecialties specialties booked only with the paediatrician's referral
 * @param remindFirstHours the first reminder of a visit, hours before it (0: none)
 * @param remindSecondHours the second reminder, hours before the visit (0: none)
 */
record BookingSettings(int horizonDays, int cancelHoursBefore, Set<Specialty> referralSpecialties, int remindFirstHours,
		int remindSecondHours) {

	static final int FIRST_REMINDER = 24;

	static final int SECOND_REMINDER = 2;

	static final int LONGEST_REMINDER = 72;

	static final int LONGEST_HORIZON = 60;

	static final int LONGEST_CANCEL = 168;

	/** The referral specialties as the column keeps them. */
	String referralList() {
		return this.referralSpecialties.stream().map(Specialty::name).sorted().collect(Collectors.joining(","));
	}

	static BookingSettings of(JdbcClient jdbc, UUID clinic) {
		return jdbc.sql("SELECT * FROM appointment_settings WHERE clinic_id = :clinic")
			.param("clinic", clinic)
			.query((rs, row) -> new BookingSettings(rs.getInt("horizon_days"), rs.getInt("cancel_hours_before"),
					specialties(rs.getString("referral_specialties")), rs.getInt("remind_first_hours"),
					rs.getInt("remind_second_hours")))
			.optional()
			.orElseThrow(() -> new IllegalStateException("Clinic " + clinic + " has doctors but no booking settings"));
	}

	private static Set<Specialty> specialties(String list) {
		Set<Specialty> specialties = EnumSet.noneOf(Specialty.class);
		Arrays.stream(list.split(",")).map(String::strip).filter((name) -> !name.isEmpty()).forEach((name) -> {
			specialties.add(Specialty.valueOf(name));
		});
		return specialties;
	}

}
