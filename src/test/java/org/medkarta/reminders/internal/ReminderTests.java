package org.medkarta.reminders.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medkarta.appointments.Doctors;
import org.medkarta.appointments.Specialty;
import org.medkarta.appointments.WeeklyHours;
import org.medkarta.support.AccessWorld;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders with an injected clock, on the real PostgreSQL: when visit reminders come due
 * (the clinic's hours before, only if booked before that), quiet hours, each family
 * member's channels and off switch, nothing for a cancelled visit or a vaccination
 * recorded meanwhile, and exactly once with two schedulers on one database.
 */
@MedkartaTest
class ReminderTests {

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
	ReminderJob job;

	@Autowired
	ReminderQueue queue;

	@Autowired
	ReminderSender sender;

	@Autowired
	Preferences preferences;

	AccessWorld world;

	AccessWorld.Desk clinic;

	UUID doctor;

	Instant before;

	@BeforeEach
	void setUp() {
		this.before = this.clock.instant();
		this.clock.reset(WEDNESDAY);
		this.world = new AccessWorld(this.port, this.context);
		this.clinic = this.world.clinic("Поликлиника напоминаний " + UUID.randomUUID().toString().substring(0, 4));
		this.doctor = this.context.getBean(Doctors.class)
			.add(this.clinic.id(), "Петрова Анна Сергеевна", Specialty.PAEDIATRICIAN, 30,
					Arrays.stream(DayOfWeek.values())
						.map((day) -> new WeeklyHours(day, LocalTime.of(8, 0), LocalTime.of(20, 0), null, null))
						.toList());
	}

	@AfterEach
	void putTheClockBack() {
		this.clock.reset(this.before);
	}

	/**
	 * Books the slot of the doctor that starts at the Moscow time given, as the page
	 * does.
	 */
	private UUID book(AccessWorld.Parent parent, String moscow) {
		return book(parent, parent.web(), moscow);
	}

	/**
	 * The same in a session of the caller's: after the clock has moved on by hours, the
	 * parent's first session has timed out and they sign in again.
	 */
	private UUID book(AccessWorld.Parent parent, org.medkarta.support.WebSession web, String moscow) {
		Instant at = java.time.LocalDateTime.parse(moscow).atZone(ReminderQueue.MOSCOW).toInstant();
		UUID slot = this.jdbc.sql("SELECT id FROM slots WHERE doctor_id = :d AND starts_at = :at")
			.param("d", this.doctor)
			.param("at", java.sql.Timestamp.from(at))
			.query(UUID.class)
			.single();
		web.open("/appointments");
		assertThat(
				web.post("/appointments/children/" + parent.child().value() + "/new", Map.of("slot", slot.toString()))
					.location())
			.isEqualTo("/appointments");
		return this.jdbc.sql("SELECT id FROM bookings WHERE slot_id = :s AND status = 'BOOKED'")
			.param("s", slot)
			.query(UUID.class)
			.single();
	}

	private List<String> inbox(AccessWorld.Parent parent, String titleKey) {
		return this.jdbc
			.sql("SELECT array_to_string(arguments, ' | ') FROM inbox_messages WHERE account_id = :a "
					+ "AND title_key = :t ORDER BY created_at")
			.param("a", parent.account().value())
			.param("t", titleKey)
			.query(String.class)
			.list();
	}

	private void at(String moscow) {
		this.clock.reset(java.time.LocalDateTime.parse(moscow).atZone(ReminderQueue.MOSCOW).toInstant());
	}

	@Test
	void aVisitIsRemindedADayAndTwoHoursBeforeOnceEachWithWhatWhoWhenAndWhere() {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2019, 3, 3));
		book(parent, "2026-12-03T10:00");
		this.job.visits();
		assertThat(inbox(parent, "reminders.visit.title")).as("not yet a day before").isEmpty();

		at("2026-12-02T10:01");
		this.job.visits();
		this.job.visits();
		List<String> first = inbox(parent, "reminders.visit.title");
		assertThat(first).hasSize(1);
		assertThat(first.get(0)).contains(parent.record().name().full())
			.contains("msg:appointments.specialty.PAEDIATRICIAN")
			.contains("Петрова Анна Сергеевна")
			.contains("03.12.2026 10:00")
			.contains(this.clinic.shortName())
			.contains("Москва, ул. Тестовая");
		assertThat(this.jdbc.sql("SELECT link FROM inbox_messages WHERE account_id = :a AND title_key = :t")
			.param("a", parent.account().value())
			.param("t", "reminders.visit.title")
			.query(String.class)
			.single()).isEqualTo("/appointments");
		assertThat(new org.medkarta.support.Outbox(this.jdbc).lastSmsTo(parent.phone())).contains("03.12.2026 10:00")
			.contains("/appointments");

		at("2026-12-03T08:01");
		this.job.visits();
		assertThat(inbox(parent, "reminders.visit.title")).hasSize(2);
		at("2026-12-03T09:59");
		this.job.visits();
		assertThat(inbox(parent, "reminders.visit.title")).hasSize(2);
	}

	@Test
	void aVisitBookedAfterTheReminderTimeGetsOnlyTheLaterOne() {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2019, 4, 4));
		at("2026-12-02T15:00");
		book(parent, this.world.signIn(parent.phone()), "2026-12-03T10:00");
		at("2026-12-02T15:05");
		this.job.visits();
		assertThat(inbox(parent, "reminders.visit.title")).as("booked after the day-before time").isEmpty();
		at("2026-12-03T08:00");
		this.job.visits();
		assertThat(inbox(parent, "reminders.visit.title")).hasSize(1);
	}

	@Test
	void quietHoursHoldAReminderUntilTheyEndInTheReadersTimeZone() {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2019, 5, 5));
		book(parent, "2026-12-03T09:00");
		at("2026-12-03T07:01");
		this.job.visits();
		assertThat(inbox(parent, "reminders.visit.title")).as("07:01 Moscow is quiet").isEmpty();
		assertThat(this.jdbc.sql("SELECT count(*) FROM reminders WHERE account_id = :a AND status = 'QUEUED'")
			.param("a", parent.account().value())
			.query(Long.class)
			.single()).as("the day-before one and the two-hour one wait").isEqualTo(2);
		at("2026-12-03T08:00");
		this.job.visits();
		assertThat(inbox(parent, "reminders.visit.title")).hasSize(2);

		// Samara is an hour ahead: 07:30 in Moscow is 08:30 there, past the quiet hours.
		AccessWorld.Parent east = this.world.parent(this.clinic, LocalDate.of(2019, 6, 6));
		Preferences.Prefs prefs = Preferences.Prefs.DEFAULT;
		this.preferences.save(east.account(), new Preferences.Prefs(true, prefs.visits(), prefs.vaccines(),
				prefs.quietFrom(), prefs.quietTo(), java.time.ZoneId.of("Europe/Samara")));
		book(east, "2026-12-04T09:30");
		at("2026-12-04T07:30");
		this.job.visits();
		assertThat(inbox(east, "reminders.visit.title")).as("both, the job having not run the day before").hasSize(2);
		assertThat(Preferences.Prefs.DEFAULT.quietAt(Instant.parse("2026-12-04T04:30:00Z"))).isTrue();
	}

	@Test
	void channelsAndTheOffSwitchAreEachFamilyMembersOwn() throws Exception {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2019, 7, 7));
		parent.web().open("/profile/reminders");
		assertThat(parent.web()
			.submit("/profile/reminders",
					Map.of("enabled", "on", "visits", "INBOX", "quietFrom", "25:00", "quietTo", "08:00", "zone",
							"Europe/Moscow"))
			.text()).contains("Время вводится как ЧЧ:ММ");
		assertThat(this.preferences.of(parent.account())).isEqualTo(Preferences.Prefs.DEFAULT);
		assertThat(parent.web()
			.submit("/profile/reminders",
					Map.of("enabled", "on", "visits", "INBOX", "quietFrom", "22:00", "quietTo", "08:00", "zone",
							"Europe/Moscow"))
			.text()).contains("Настройки напоминаний сохранены");
		long sms = new org.medkarta.support.Outbox(this.jdbc).smsCountTo(parent.phone());
		book(parent, "2026-12-03T12:00");
		at("2026-12-02T12:30");
		this.job.visits();
		assertThat(inbox(parent, "reminders.visit.title")).hasSize(1);
		assertThat(new org.medkarta.support.Outbox(this.jdbc).smsCountTo(parent.phone())).as("SMS not chosen")
			.isEqualTo(sms);

		AccessWorld.Parent off = this.world.parent(this.clinic, LocalDate.of(2019, 8, 8));
		off.web().open("/profile/reminders");
		off.web()
			.submit("/profile/reminders",
					Map.of("visits", "INBOX", "quietFrom", "22:00", "quietTo", "08:00", "zone", "Europe/Moscow"));
		at("2026-12-02T12:31");
		book(off, "2026-12-03T13:00");
		at("2026-12-02T13:30");
		this.job.visits();
		assertThat(inbox(off, "reminders.visit.title")).isEmpty();
		assertThat(this.jdbc.sql("SELECT note FROM reminders WHERE account_id = :a")
			.param("a", off.account().value())
			.query(String.class)
			.single()).isEqualTo("OFF");
	}

	@Test
	void aCancelledVisitAndAVaccinationRecordedMeanwhileAreNotReminded() {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2026, 8, 15));
		UUID booking = book(parent, "2026-12-03T11:00");
		at("2026-12-02T11:05");
		assertThat(this.queue.queueVisits()).isEqualTo(1);
		org.medkarta.support.WebSession web = this.world.signIn(parent.phone());
		web.open("/appointments");
		assertThat(web.submit("/appointments/bookings/" + booking + "/cancel", Map.of()).text())
			.contains("Запись отменена");
		this.sender.send();
		assertThat(inbox(parent, "reminders.visit.title")).isEmpty();

		// Born 15 August: at 3 months the first DTP, polio and Hib doses are due.
		assertThat(this.queue.queueVaccinations()).isGreaterThanOrEqualTo(3);
		List<String> keys = this.jdbc
			.sql("SELECT reminder_key FROM reminders WHERE account_id = :a AND kind = 'VACCINE' ORDER BY 1")
			.param("a", parent.account().value())
			.query(String.class)
			.list();
		assertThat(keys).anyMatch((key) -> key.contains(":DIPHTHERIA_TETANUS:V1:"));
		String bundle = """
				{"resourceType":"Bundle","type":"batch","entry":[
				 {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient","id":"p1",
				   "identifier":[{"system":"urn:oid:1.2.643.100.3","value":"%s"}]}},
				 {"resource":{"resourceType":"Immunization","id":"dtp-1","status":"completed",
				   "vaccineCode":{"text":"АКДС, первая вакцинация"},"patient":{"reference":"urn:uuid:p1"},
				   "occurrenceDateTime":"2026-12-01"}}]}""".formatted(parent.record().child().value());
		assertThat(this.world.importBundle(this.world.apiKey(this.clinic), bundle)).isEqualTo(200);
		this.sender.send();
		List<String> sent = inbox(parent, "reminders.vaccine.title");
		assertThat(sent).hasSize(keys.size() - 1)
			.noneMatch((arguments) -> arguments.contains("DIPHTHERIA_TETANUS"))
			.allMatch((arguments) -> arguments.contains(parent.record().name().full()));
		assertThat(this.jdbc
			.sql("SELECT note FROM reminders WHERE account_id = :a AND reminder_key LIKE '%:DIPHTHERIA_TETANUS:V1:%'")
			.param("a", parent.account().value())
			.query(String.class)
			.single()).isEqualTo("GIVEN");
		assertThat(this.queue.queueVaccinations()).as("queued once a dose").isZero();
	}

	@Test
	void twoSchedulersOnOneDatabaseSendEachReminderOnce() throws Exception {
		List<AccessWorld.Parent> parents = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2019, 9, 1 + i));
			book(parent, "2026-12-03T1" + i + ":00");
			parents.add(parent);
		}
		at("2026-12-02T16:00");
		// A second node: its own job over the same database.
		ReminderJob other = new ReminderJob(
				new ReminderQueue(this.context.getBean(org.medkarta.appointments.Appointments.class),
						this.context.getBean(org.medkarta.family.Guardianships.class),
						this.context.getBean(org.medkarta.records.VaccinationRecords.class),
						this.context.getBean(org.medkarta.clinics.Clinics.class),
						this.context.getBean(org.springframework.jdbc.core.JdbcTemplate.class), this.clock),
				new ReminderSender(this.jdbc,
						this.context.getBean(org.springframework.transaction.support.TransactionTemplate.class),
						this.preferences, this.context.getBean(org.medkarta.notifications.Notifier.class),
						this.context.getBean(org.medkarta.appointments.Appointments.class),
						this.context.getBean(org.medkarta.records.VaccinationRecords.class),
						this.context.getBean(org.medkarta.family.Guardianships.class),
						this.context.getBean(org.medkarta.family.CourtRestrictions.class), this.clock));
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> runs = new ArrayList<>();
		for (ReminderJob node : List.of(this.job, other)) {
			runs.add(nodes.submit(() -> {
				start.await();
				node.visits();
				node.visits();
				return null;
			}));
		}
		start.countDown();
		for (Future<?> run : runs) {
			run.get();
		}
		nodes.shutdown();
		for (AccessWorld.Parent parent : parents) {
			assertThat(inbox(parent, "reminders.visit.title")).as(parent.phone()).hasSize(1);
			assertThat(this.jdbc
				.sql("SELECT count(*) FROM dev_outbox WHERE channel = 'SMS' AND recipient = :p AND body LIKE :b")
				.param("p", parent.phone())
				.param("b", "%03.12.2026%")
				.query(Long.class)
				.single()).as(parent.phone()).isEqualTo(1);
		}
	}

}
