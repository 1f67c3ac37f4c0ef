package org.medkarta.appointments.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medkarta.core.Refused;
import org.medkarta.appointments.Specialty;
import org.medkarta.appointments.WeeklyHours;
import org.medkarta.family.ChildId;
import org.medkarta.support.AccessWorld;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Slots made from a doctor's hours and the production calendar, and bookings against the
 * real PostgreSQL: a slot is never booked twice however many try at once, a child holds
 * one future booking per specialty, and the rules of cancelling and of the clinic.
 */
@MedkartaTest
class BookingTests {

	/** A Wednesday at 06:00 UTC, 09:00 in Moscow. */
	private static final Instant WEDNESDAY = Instant.parse("2026-12-02T06:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Schedules schedules;

	@Autowired
	Bookings bookings;

	AccessWorld world;

	AccessWorld.Desk clinic;

	Instant before;

	@BeforeEach
	void setUp() {
		this.before = this.clock.instant();
		this.clock.reset(WEDNESDAY);
		this.world = new AccessWorld(this.port, this.context);
		this.clinic = this.world.clinic("Поликлиника записи " + UUID.randomUUID().toString().substring(0, 4));
	}

	@AfterEach
	void putTheClockBack() {
		this.clock.reset(this.before);
	}

	private static List<WeeklyHours> weekdays(LocalTime from, LocalTime to) {
		List<WeeklyHours> hours = new ArrayList<>();
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			hours.add(new WeeklyHours(day, from, to, LocalTime.of(12, 0), LocalTime.of(13, 0)));
		}
		return hours;
	}

	private UUID paediatrician() {
		return this.schedules.add(this.clinic.id(), "Петрова Анна Сергеевна", Specialty.PAEDIATRICIAN, 20,
				weekdays(LocalTime.of(9, 0), LocalTime.of(15, 0)));
	}

	@Test
	void slotsFollowTheHoursTheBreakAndTheWorkingDays() {
		UUID doctor = paediatrician();
		LocalDate wednesday = LocalDate.of(2026, 12, 2);
		List<Schedules.Slot> today = this.schedules.slots(doctor, wednesday);
		// 09:00 has just begun, so the first slot to book is 09:20; 12:00–13:00 is the
		// break.
		assertThat(today).extracting((slot) -> slot.startsAt().atZone(Schedules.MOSCOW).toLocalTime().toString())
			.containsExactly("09:20", "09:40", "10:00", "10:20", "10:40", "11:00", "11:20", "11:40", "13:00", "13:20",
					"13:40", "14:00", "14:20", "14:40");
		assertThat(this.schedules.slots(doctor, LocalDate.of(2026, 12, 5))).as("a Saturday").isEmpty();
		assertThat(this.schedules.slots(doctor, LocalDate.of(2026, 12, 3))).hasSize(15);
		assertThat(this.schedules.slots(doctor, LocalDate.of(2026, 12, 17))).as("past the 14-day horizon").isEmpty();

		// A day off and shorter hours: the free slots that no longer fit go.
		this.schedules.addDayOff(doctor, LocalDate.of(2026, 12, 4));
		assertThat(this.schedules.slots(doctor, LocalDate.of(2026, 12, 4))).isEmpty();
		this.schedules.changeHours(doctor, 30, weekdays(LocalTime.of(9, 0), LocalTime.of(14, 0)));
		assertThat(this.schedules.slots(doctor, LocalDate.of(2026, 12, 3)))
			.extracting((slot) -> slot.startsAt().atZone(Schedules.MOSCOW).toLocalTime().toString())
			.containsExactly("09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "13:00", "13:30");

		// The nightly job, a day later: the horizon reaches one more day.
		this.clock.reset(WEDNESDAY.plus(Duration.ofDays(1)));
		this.schedules.makeAllSlots();
		assertThat(this.schedules.slots(doctor, LocalDate.of(2026, 12, 17))).hasSize(8);
		this.schedules.makeAllSlots();
		assertThat(this.schedules.slots(doctor, LocalDate.of(2026, 12, 17))).as("made twice, still once").hasSize(8);
	}

	@Test
	void badSchedulesAreRefusedWithAMessage() {
		assertThatThrownBy(() -> this.schedules.add(this.clinic.id(), "Петрова", Specialty.ENT, 0,
				weekdays(LocalTime.of(9, 0), LocalTime.of(15, 0))))
			.isInstanceOfSatisfying(Refused.class,
					(refused) -> assertThat(refused.messageKey()).isEqualTo("appointments.slot-length"));
		List<WeeklyHours> twice = new ArrayList<>(weekdays(LocalTime.of(9, 0), LocalTime.of(15, 0)));
		twice.add(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(18, 0), null, null));
		assertThatThrownBy(() -> this.schedules.add(this.clinic.id(), "Петрова", Specialty.ENT, 20, twice))
			.isInstanceOfSatisfying(Refused.class,
					(refused) -> assertThat(refused.messageKey()).isEqualTo("appointments.hours.overlap"));
		assertThatThrownBy(() -> this.schedules.add(this.clinic.id(), "Петрова", Specialty.ENT, 20,
				List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(15, 0), LocalTime.of(9, 0), null, null))))
			.isInstanceOfSatisfying(Refused.class,
					(refused) -> assertThat(refused.messageKey()).isEqualTo("appointments.hours.order"));
		assertThatThrownBy(() -> this.schedules.add(this.clinic.id(), "Петрова", Specialty.ENT, 20,
				List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(15, 0), LocalTime.of(14, 0),
						LocalTime.of(16, 0)))))
			.isInstanceOfSatisfying(Refused.class,
					(refused) -> assertThat(refused.messageKey()).isEqualTo("appointments.hours.break-outside"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM doctors WHERE clinic_id = :c")
			.param("c", this.clinic.id().value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aHundredAttemptsAtOneSlotGiveExactlyOneBooking() throws Exception {
		UUID slot = this.schedules.slots(paediatrician(), LocalDate.of(2026, 12, 3)).get(0).id();
		List<AccessWorld.Parent> parents = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			parents.add(this.world.parent(this.clinic, LocalDate.of(2020, 1, 1 + i)));
		}
		ExecutorService pool = Executors.newFixedThreadPool(20);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> outcomes = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			AccessWorld.Parent parent = parents.get(i % parents.size());
			outcomes.add(pool.submit((Callable<String>) () -> {
				start.await();
				try {
					this.bookings.book(parent.account(), parent.child(), slot);
					return "booked";
				}
				catch (Refused refused) {
					return refused.messageKey();
				}
			}));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get());
		}
		pool.shutdown();
		assertThat(results).filteredOn("booked"::equals).hasSize(1);
		assertThat(results).filteredOn((result) -> !result.equals("booked"))
			.isSubsetOf("appointments.slot.taken", "appointments.specialty.held");
		assertThat(this.jdbc.sql("SELECT count(*) FROM bookings WHERE slot_id = :s")
			.param("s", slot)
			.query(Long.class)
			.single()).isEqualTo(1);

		// The database itself refuses a second live booking of the slot.
		assertThatThrownBy(() -> this.jdbc
			.sql("INSERT INTO bookings (id, slot_id, clinic_id, patient_id, patient_snils, specialty, booked_by, "
					+ "status, created_at, changed_at, changed_by) SELECT gen_random_uuid(), slot_id, clinic_id, "
					+ "patient_id, patient_snils, specialty, booked_by, 'BOOKED', now(), now(), booked_by "
					+ "FROM bookings WHERE slot_id = :s")
			.param("s", slot)
			.update()).isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void oneFutureBookingPerSpecialtyCancellingUpToTheClinicsTimeAndRescheduling() {
		UUID doctor = paediatrician();
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2021, 6, 1));
		List<Schedules.Slot> thursday = this.schedules.slots(doctor, LocalDate.of(2026, 12, 3));
		UUID first = this.bookings.book(parent.account(), parent.child(), thursday.get(0).id());
		assertThatThrownBy(() -> this.bookings.book(parent.account(), parent.child(), thursday.get(1).id()))
			.isInstanceOfSatisfying(Refused.class,
					(refused) -> assertThat(refused.messageKey()).isEqualTo("appointments.specialty.held"));
		assertThat(this.schedules.slots(doctor, LocalDate.of(2026, 12, 3)).get(0).booked()).isTrue();

		// Moved to a later slot: the old one is free again.
		UUID moved = this.bookings.reschedule(parent.account(), first, thursday.get(3).id());
		assertThat(this.bookings.find(first).orElseThrow().status()).isEqualTo("CANCELLED");
		assertThat(this.bookings.upcomingBookings(parent.child())).extracting(Bookings.Booking::id)
			.containsExactly(moved);
		assertThat(this.schedules.slots(doctor, LocalDate.of(2026, 12, 3)).get(0).booked()).isFalse();

		// Two hours before the visit at the latest (the default).
		Instant visit = thursday.get(3).startsAt();
		this.clock.reset(visit.minus(Duration.ofMinutes(119)));
		assertThatThrownBy(() -> this.bookings.cancel(parent.account(), moved)).isInstanceOfSatisfying(Refused.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo("appointments.booking.too-late"));
		this.clock.reset(visit.minus(Duration.ofHours(3)));
		this.bookings.cancel(parent.account(), moved);
		assertThat(this.bookings.upcomingBookings(parent.child())).isEmpty();

		// Someone else's booking is not theirs to cancel.
		AccessWorld.Parent other = this.world.parent(this.clinic, LocalDate.of(2019, 2, 2));
		UUID theirs = this.bookings.book(other.account(), other.child(), thursday.get(5).id());
		assertThatThrownBy(() -> this.bookings.cancel(parent.account(), theirs)).isInstanceOfSatisfying(Refused.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo("appointments.booking.unknown"));
	}

	@Test
	void pastSlotsOtherClinicsUnverifiedKinshipAndReferralsAreRefused() {
		UUID doctor = paediatrician();
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2021, 6, 1));
		UUID slot = this.schedules.slots(doctor, LocalDate.of(2026, 12, 3)).get(0).id();

		AccessWorld.Desk elsewhere = this.world
			.clinic("Другая поликлиника " + UUID.randomUUID().toString().substring(0, 4));
		UUID foreign = this.schedules
			.slots(this.schedules.add(elsewhere.id(), "Иванов Пётр Ильич", Specialty.PAEDIATRICIAN, 20,
					weekdays(LocalTime.of(9, 0), LocalTime.of(15, 0))), LocalDate.of(2026, 12, 3))
			.get(0)
			.id();
		assertThatThrownBy(() -> this.bookings.book(parent.account(), parent.child(), foreign)).isInstanceOfSatisfying(
				Refused.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo("appointments.slot.other-clinic"));

		AccessWorld.Parent pending = this.world.parent(this.clinic, LocalDate.of(2021, 6, 1), true, false);
		assertThatThrownBy(() -> this.bookings.book(pending.account(), pending.child(), slot)).isInstanceOfSatisfying(
				Refused.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo("appointments.child.not-verified"));
		assertThatThrownBy(() -> this.bookings.book(parent.account(), new ChildId(UUID.randomUUID()), slot))
			.isInstanceOfSatisfying(Refused.class,
					(refused) -> assertThat(refused.messageKey()).isEqualTo("appointments.child.not-verified"));

		UUID ent = this.schedules.add(this.clinic.id(), "Сидоров Олег Петрович", Specialty.ENT, 20,
				weekdays(LocalTime.of(9, 0), LocalTime.of(15, 0)));
		this.jdbc.sql("UPDATE appointment_settings SET referral_specialties = 'ENT,NEUROLOGIST' WHERE clinic_id = :c")
			.param("c", this.clinic.id().value())
			.update();
		UUID entSlot = this.schedules.slots(ent, LocalDate.of(2026, 12, 3)).get(0).id();
		assertThatThrownBy(() -> this.bookings.book(parent.account(), parent.child(), entSlot)).isInstanceOfSatisfying(
				Refused.class, (refused) -> assertThat(refused.messageKey()).isEqualTo("appointments.referral-needed"));

		this.clock.reset(Instant.parse("2026-12-03T12:00:00Z"));
		assertThatThrownBy(() -> this.bookings.book(parent.account(), parent.child(), slot)).isInstanceOfSatisfying(
				Refused.class, (refused) -> assertThat(refused.messageKey()).isEqualTo("appointments.slot.past"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM bookings WHERE clinic_id = :c")
			.param("c", this.clinic.id().value())
			.query(Long.class)
			.single()).isZero();
	}

}
