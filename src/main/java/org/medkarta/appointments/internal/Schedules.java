package org.medkarta.appointments.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.medkarta.core.Refused;
import org.medkarta.appointments.Doctors;
import org.medkarta.appointments.Specialty;
import org.medkarta.appointments.WeeklyHours;
import org.medkarta.clinics.ClinicId;
import org.medkarta.core.WorkingDayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's doctors, their working hours and days off, and the slots made from them:
 * one slot per slot length within the hours, outside the break, on the working days of
 * the production calendar, for the clinic's booking horizon. Slots are made again when
 * the hours change and each night for the day the horizon reaches; making them twice
 * changes nothing, so any number of nodes may run the nightly job.
 */
@Service
class Schedules implements Doctors {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Schedules.class);

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	static final int NAME_LIMIT = 200;

	static final int SHORTEST_SLOT = 5;

	static final int LONGEST_SLOT = 120;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final WorkingDayCalendar calendar = WorkingDayCalendar.russian();

	Schedules(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Doctor(UUID id, UUID clinic, String name, Specialty specialty, int slotMinutes, boolean active) {
	}

	record Slot(UUID id, UUID doctor, Instant startsAt, Instant endsAt, boolean blocked, boolean booked) {
	}

	@Override
	@Transactional
	public UUID add(ClinicId clinic, String name, Specialty specialty, int slotMinutes, List<WeeklyHours> hours) {
		if (name == null || name.isBlank()) {
			throw new Refused("appointments.doctor.name.required");
		}
		if (name.strip().length() > NAME_LIMIT) {
			throw new Refused("validation.too-long", NAME_LIMIT);
		}
		if (specialty == null) {
			throw new Refused("appointments.doctor.specialty.required");
		}
		checkSlot(slotMinutes);
		checkHours(hours);
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO doctors (id, clinic_id, full_name, specialty, slot_minutes, created_at) "
					+ "VALUES (:id, :clinic, :name, :specialty, :slot, :now)")
			.param("id", id)
			.param("clinic", clinic.value())
			.param("name", name.strip())
			.param("specialty", specialty.name())
			.param("slot", slotMinutes)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		ensureSettings(clinic.value());
		insertHours(id, hours);
		makeSlots(id);
		return id;
	}

	/** Replaces a doctor's hours and slot length; booked slots stay as they are. */
	@Transactional
	void changeHours(UUID doctor, int slotMinutes, List<WeeklyHours> hours) {
		checkSlot(slotMinutes);
		checkHours(hours);
		this.jdbc.sql("UPDATE doctors SET slot_minutes = :slot WHERE id = :id")
			.param("slot", slotMinutes)
			.param("id", doctor)
			.update();
		this.jdbc.sql("DELETE FROM doctor_hours WHERE doctor_id = :id").param("id", doctor).update();
		insertHours(doctor, hours);
		makeSlots(doctor);
	}

	/**
	 * A day off: refused while visits are booked that day, so nobody is dropped silently.
	 */
	@Transactional
	void addDayOff(UUID doctor, LocalDate day) {
		if (day.isBefore(today())) {
			throw new Refused("appointments.day-off.past");
		}
		long booked = this.jdbc
			.sql("SELECT count(*) FROM slots s JOIN bookings b ON b.slot_id = s.id AND b.status = 'BOOKED' "
					+ "WHERE s.doctor_id = :doctor AND s.starts_at >= :from AND s.starts_at < :until")
			.param("doctor", doctor)
			.param("from", Timestamp.from(day.atStartOfDay(MOSCOW).toInstant()))
			.param("until", Timestamp.from(day.plusDays(1).atStartOfDay(MOSCOW).toInstant()))
			.query(Long.class)
			.single();
		if (booked > 0) {
			throw new Refused("appointments.day-off.booked", booked);
		}
		this.jdbc.sql("INSERT INTO doctor_days_off (doctor_id, day) VALUES (:doctor, :day) ON CONFLICT DO NOTHING")
			.param("doctor", doctor)
			.param("day", day)
			.update();
		makeSlots(doctor);
	}

	/** Staff block a free slot, or free a blocked one. */
	@Transactional
	void block(UUID slot, boolean blocked) {
		if (blocked && booked(slot)) {
			throw new Refused("appointments.slot.block-booked");
		}
		this.jdbc.sql("UPDATE slots SET blocked = :blocked WHERE id = :id")
			.param("blocked", blocked)
			.param("id", slot)
			.update();
	}

	@Transactional(readOnly = true)
	Optional<Doctor> doctor(UUID id) {
		return this.jdbc.sql("SELECT * FROM doctors WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new Doctor(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
					rs.getString("full_name"), Specialty.valueOf(rs.getString("specialty")), rs.getInt("slot_minutes"),
					rs.getBoolean("active")))
			.optional();
	}

	/** The clinic's doctors, by specialty and name; only active ones unless asked. */
	@Transactional(readOnly = true)
	List<Doctor> doctorsOf(UUID clinic) {
		return this.jdbc.sql("SELECT * FROM doctors WHERE clinic_id = :clinic AND active ORDER BY specialty, full_name")
			.param("clinic", clinic)
			.query((rs, row) -> new Doctor(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
					rs.getString("full_name"), Specialty.valueOf(rs.getString("specialty")), rs.getInt("slot_minutes"),
					rs.getBoolean("active")))
			.list();
	}

	/**
	 * The days a doctor has free slots on, from now to the end of the clinic's horizon,
	 * with how many.
	 */
	@Transactional(readOnly = true)
	List<FreeDay> freeDays(UUID doctor) {
		return this.jdbc
			.sql("SELECT (s.starts_at AT TIME ZONE 'Europe/Moscow')::date AS day, count(*) AS free "
					+ "FROM slots s WHERE s.doctor_id = :doctor AND s.starts_at > :now AND NOT s.blocked "
					+ "AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.slot_id = s.id AND b.status <> 'CANCELLED') "
					+ "GROUP BY 1 ORDER BY 1")
			.param("doctor", doctor)
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, row) -> new FreeDay(rs.getObject("day", LocalDate.class), rs.getInt("free")))
			.list();
	}

	/** A day with free slots, as the booking page offers it. */
	record FreeDay(LocalDate day, int free) {
	}

	/** The days off still to come. */
	@Transactional(readOnly = true)
	List<LocalDate> daysOff(UUID doctor) {
		return this.jdbc.sql("SELECT day FROM doctor_days_off WHERE doctor_id = :doctor AND day >= :today ORDER BY day")
			.param("doctor", doctor)
			.param("today", today())
			.query(LocalDate.class)
			.list();
	}

	/** The clinic's booking settings, or the defaults when it has no doctor yet. */
	@Transactional
	BookingSettings settings(UUID clinic) {
		ensureSettings(clinic);
		return BookingSettings.of(this.jdbc, clinic);
	}

	/**
	 * Changes how the clinic takes bookings; a longer horizon makes the new days' slots
	 * at once.
	 */
	@Transactional
	void changeSettings(UUID clinic, BookingSettings settings) {
		if (settings.horizonDays() < 1 || settings.horizonDays() > BookingSettings.LONGEST_HORIZON) {
			throw new Refused("appointments.settings.horizon", 1, BookingSettings.LONGEST_HORIZON);
		}
		if (settings.cancelHoursBefore() < 0 || settings.cancelHoursBefore() > BookingSettings.LONGEST_CANCEL) {
			throw new Refused("appointments.settings.cancel-hours", 0, BookingSettings.LONGEST_CANCEL);
		}
		for (int hours : List.of(settings.remindFirstHours(), settings.remindSecondHours())) {
			if (hours < 0 || hours > BookingSettings.LONGEST_REMINDER) {
				throw new Refused("appointments.settings.reminder", 0, BookingSettings.LONGEST_REMINDER);
			}
		}
		ensureSettings(clinic);
		this.jdbc
			.sql("UPDATE appointment_settings SET horizon_days = :horizon, cancel_hours_before = :cancel, "
					+ "referral_specialties = :referral, remind_first_hours = :first, remind_second_hours = :second "
					+ "WHERE clinic_id = :clinic")
			.param("first", settings.remindFirstHours())
			.param("second", settings.remindSecondHours())
			.param("horizon", settings.horizonDays())
			.param("cancel", settings.cancelHoursBefore())
			.param("referral", settings.referralList())
			.param("clinic", clinic)
			.update();
		for (Doctor doctor : doctorsOf(clinic)) {
			makeSlots(doctor.id());
		}
	}

	private void ensureSettings(UUID clinic) {
		this.jdbc.sql("INSERT INTO appointment_settings (clinic_id) VALUES (:clinic) ON CONFLICT DO NOTHING")
			.param("clinic", clinic)
			.update();
	}

	@Transactional(readOnly = true)
	Optional<Slot> slot(UUID id) {
		return this.jdbc
			.sql("SELECT s.*, EXISTS (SELECT 1 FROM bookings b WHERE b.slot_id = s.id AND b.status <> 'CANCELLED') "
					+ "AS booked FROM slots s WHERE s.id = :id")
			.param("id", id)
			.query((rs, row) -> new Slot(rs.getObject("id", UUID.class), rs.getObject("doctor_id", UUID.class),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
					rs.getBoolean("blocked"), rs.getBoolean("booked")))
			.optional();
	}

	/** A doctor's slots on one day, free or not, in order. */
	@Transactional(readOnly = true)
	List<Slot> slots(UUID doctor, LocalDate day) {
		return this.jdbc
			.sql("SELECT s.*, EXISTS (SELECT 1 FROM bookings b WHERE b.slot_id = s.id AND b.status <> 'CANCELLED') "
					+ "AS booked FROM slots s WHERE s.doctor_id = :doctor AND s.starts_at >= :from "
					+ "AND s.starts_at < :until ORDER BY s.starts_at")
			.param("doctor", doctor)
			.param("from", Timestamp.from(day.atStartOfDay(MOSCOW).toInstant()))
			.param("until", Timestamp.from(day.plusDays(1).atStartOfDay(MOSCOW).toInstant()))
			.query((rs, row) -> new Slot(rs.getObject("id", UUID.class), rs.getObject("doctor_id", UUID.class),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
					rs.getBoolean("blocked"), rs.getBoolean("booked")))
			.list();
	}

	/**
	 * Each night: the slots of the day the booking horizon now reaches, for every doctor.
	 */
	@Scheduled(cron = "${medkarta.appointments.slots-cron:0 10 0 * * *}", zone = "Europe/Moscow")
	void makeAllSlots() {
		for (UUID doctor : this.jdbc.sql("SELECT id FROM doctors WHERE active").query(UUID.class).list()) {
			try {
				makeSlots(doctor);
			}
			catch (RuntimeException ex) {
				// One doctor's trouble (a slot booked while being removed) must not stop
				// the
				// others; the next run makes the slots again.
				log.warn("Slots of doctor {} not made this time: {}", doctor, ex.getMessage());
			}
		}
	}

	/**
	 * Makes the doctor's slots from today to the horizon: new ones are added, free ones
	 * that no longer fit the hours are removed, and ones that only cancelled bookings
	 * point to are blocked.
	 */
	@Transactional
	int makeSlots(UUID doctor) {
		Doctor found = doctor(doctor).orElseThrow();
		int horizon = BookingSettings.of(this.jdbc, found.clinic()).horizonDays();
		List<WeeklyHours> hours = hours(doctor);
		Set<LocalDate> daysOff = new HashSet<>(
				this.jdbc.sql("SELECT day FROM doctor_days_off WHERE doctor_id = :doctor AND day >= :today")
					.param("doctor", doctor)
					.param("today", today())
					.query(LocalDate.class)
					.list());
		Instant now = this.clock.instant();
		LocalDate today = today();
		List<Instant> wanted = new ArrayList<>();
		for (LocalDate day = today; !day.isAfter(today.plusDays(horizon)); day = day.plusDays(1)) {
			if (!this.calendar.isWorkingDay(day) || daysOff.contains(day)) {
				continue;
			}
			for (WeeklyHours on : hours) {
				if (on.day() != day.getDayOfWeek()) {
					continue;
				}
				int last = on.ends().toSecondOfDay() / 60;
				for (int minute = on.starts().toSecondOfDay() / 60; minute
						+ found.slotMinutes() <= last; minute += found.slotMinutes()) {
					LocalTime start = LocalTime.ofSecondOfDay(minute * 60L);
					boolean inBreak = on.breakStarts() != null && start.isBefore(on.breakEnds())
							&& start.plusMinutes(found.slotMinutes()).isAfter(on.breakStarts());
					Instant at = day.atTime(start).atZone(MOSCOW).toInstant();
					if (!inBreak && at.isAfter(now)) {
						wanted.add(at);
					}
				}
			}
		}
		List<Timestamp> starts = wanted.stream().map(Timestamp::from).toList();
		String unwanted = "s.doctor_id = :doctor AND s.starts_at > :now"
				+ (starts.isEmpty() ? "" : " AND s.starts_at NOT IN (:wanted)");
		JdbcClient.StatementSpec delete = this.jdbc
			.sql("DELETE FROM slots s WHERE " + unwanted
					+ " AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.slot_id = s.id)")
			.param("doctor", doctor)
			.param("now", Timestamp.from(now));
		JdbcClient.StatementSpec block = this.jdbc
			.sql("UPDATE slots s SET blocked = TRUE WHERE " + unwanted
					+ " AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.slot_id = s.id AND b.status <> 'CANCELLED')")
			.param("doctor", doctor)
			.param("now", Timestamp.from(now));
		if (!starts.isEmpty()) {
			delete = delete.param("wanted", starts);
			block = block.param("wanted", starts);
		}
		delete.update();
		block.update();
		int made = 0;
		for (Instant at : wanted) {
			made += this.jdbc
				.sql("INSERT INTO slots (id, doctor_id, starts_at, ends_at) VALUES (:id, :doctor, :starts, :ends) "
						+ "ON CONFLICT (doctor_id, starts_at) DO NOTHING")
				.param("id", UUID.randomUUID())
				.param("doctor", doctor)
				.param("starts", Timestamp.from(at))
				.param("ends", Timestamp.from(at.plusSeconds(60L * found.slotMinutes())))
				.update();
		}
		return made;
	}

	List<WeeklyHours> hours(UUID doctor) {
		return this.jdbc.sql("SELECT * FROM doctor_hours WHERE doctor_id = :doctor ORDER BY weekday")
			.param("doctor", doctor)
			.query((rs, row) -> new WeeklyHours(DayOfWeek.of(rs.getInt("weekday")),
					rs.getObject("starts", LocalTime.class), rs.getObject("ends", LocalTime.class),
					rs.getObject("break_starts", LocalTime.class), rs.getObject("break_ends", LocalTime.class)))
			.list();
	}

	private boolean booked(UUID slot) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM bookings WHERE slot_id = :slot AND status <> 'CANCELLED')")
			.param("slot", slot)
			.query(Boolean.class)
			.single();
	}

	private void insertHours(UUID doctor, List<WeeklyHours> hours) {
		for (WeeklyHours on : hours) {
			this.jdbc
				.sql("INSERT INTO doctor_hours (doctor_id, weekday, starts, ends, break_starts, break_ends) "
						+ "VALUES (:doctor, :day, :starts, :ends, :breakStarts, :breakEnds)")
				.param("doctor", doctor)
				.param("day", on.day().getValue())
				.param("starts", on.starts())
				.param("ends", on.ends())
				.param("breakStarts", on.breakStarts())
				.param("breakEnds", on.breakEnds())
				.update();
		}
	}

	private static void checkSlot(int slotMinutes) {
		if (slotMinutes < SHORTEST_SLOT || slotMinutes > LONGEST_SLOT) {
			throw new Refused("appointments.slot-length", SHORTEST_SLOT, LONGEST_SLOT);
		}
	}

	/** Hours that make sense: start before end, the break inside, one period a day. */
	static void checkHours(List<WeeklyHours> hours) {
		if (hours.isEmpty()) {
			throw new Refused("appointments.hours.required");
		}
		Set<DayOfWeek> days = new HashSet<>();
		for (WeeklyHours on : hours) {
			if (on.day() == null || on.starts() == null || on.ends() == null) {
				throw new Refused("appointments.hours.incomplete");
			}
			if (!days.add(on.day())) {
				throw new Refused("appointments.hours.overlap");
			}
			if (!on.starts().isBefore(on.ends())) {
				throw new Refused("appointments.hours.order");
			}
			if ((on.breakStarts() == null) != (on.breakEnds() == null)) {
				throw new Refused("appointments.hours.break-incomplete");
			}
			if (on.breakStarts() != null && !(on.starts().isBefore(on.breakStarts())
					&& on.breakStarts().isBefore(on.breakEnds()) && on.breakEnds().isBefore(on.ends()))) {
				throw new Refused("appointments.hours.break-outside");
			}
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(MOSCOW));
	}

}
