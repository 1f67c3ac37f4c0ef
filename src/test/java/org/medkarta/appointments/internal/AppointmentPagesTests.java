package org.medkarta.appointments.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medkarta.support.AccessWorld;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appointments pages over real HTTP: the clinic administrator sets up a doctor and
 * the booking rules, bad forms come back with a message and change nothing, the parent
 * books step by step and cancels, staff see the day's bookings, mark visits and block
 * slots.
 */
@MedkartaTest
class AppointmentPagesTests {

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

	AccessWorld world;

	AccessWorld.Desk clinic;

	WebSession admin;

	Instant before;

	@BeforeEach
	void setUp() {
		this.before = this.clock.instant();
		this.clock.reset(WEDNESDAY);
		this.world = new AccessWorld(this.port, this.context);
		this.clinic = this.world.clinic("Поликлиника страниц " + UUID.randomUUID().toString().substring(0, 4));
		this.admin = this.world.signIn(this.clinic.adminPhone());
	}

	@AfterEach
	void putTheClockBack() {
		this.clock.reset(this.before);
	}

	private static Map<String, String> doctor(String name, String specialty, String slot) {
		Map<String, String> form = new HashMap<>();
		form.put("name", name);
		form.put("specialty", specialty);
		form.put("slotMinutes", slot);
		for (int day = 1; day <= 5; day++) {
			form.put("starts-" + day, "09:00");
			form.put("ends-" + day, "13:00");
			form.put("breakStarts-" + day, "11:00");
			form.put("breakEnds-" + day, "11:30");
		}
		return form;
	}

	private long doctors() {
		return this.jdbc.sql("SELECT count(*) FROM doctors WHERE clinic_id = :c")
			.param("c", this.clinic.id().value())
			.query(Long.class)
			.single();
	}

	private String base() {
		return "/clinic/schedules/" + this.clinic.id().value();
	}

	@Test
	void theAdministratorSetsUpADoctorAndBadFormsComeBackWithTheirReason() {
		this.admin.open("/clinic/schedules");
		WebSession.Page zero = this.admin.post(base() + "/doctors",
				doctor("Петрова Анна Сергеевна", "PAEDIATRICIAN", "0"));
		assertThat(zero.status()).isEqualTo(200);
		assertThat(zero.text()).contains("Длительность приёма — от 5 до 120 минут");
		assertThat(zero.body()).as("what was typed is kept").contains("value=\"Петрова Анна Сергеевна\"");

		Map<String, String> badTime = doctor("Петрова Анна Сергеевна", "PAEDIATRICIAN", "20");
		badTime.put("ends-3", "25:99");
		assertThat(this.admin.post(base() + "/doctors", badTime).text())
			.contains("Время вводится как ЧЧ:ММ, например 09:30.");
		Map<String, String> breakOutside = doctor("Петрова Анна Сергеевна", "PAEDIATRICIAN", "20");
		breakOutside.put("breakEnds-1", "14:00");
		assertThat(this.admin.post(base() + "/doctors", breakOutside).text())
			.contains("Перерыв должен быть внутри часов приёма.");
		assertThat(this.admin.post(base() + "/doctors", doctor("", "PAEDIATRICIAN", "20")).text())
			.contains("Укажите фамилию, имя и отчество врача.");
		assertThat(this.admin.post(base() + "/doctors", doctor("Петрова", "ASTROLOGER", "20")).text())
			.contains("Выберите специальность врача.");
		assertThat(doctors()).as("nothing stored by a refused form").isZero();

		WebSession.Page added = this.admin.post(base() + "/doctors",
				doctor("Петрова Анна Сергеевна", "PAEDIATRICIAN", "30"));
		assertThat(added.location()).isEqualTo("/clinic/schedules");
		assertThat(this.admin.follow(added).text()).contains("Врач добавлен")
			.contains("Петрова Анна Сергеевна")
			.contains("Пн 09:00–13:00");
		UUID id = this.jdbc.sql("SELECT id FROM doctors WHERE clinic_id = :c")
			.param("c", this.clinic.id().value())
			.query(UUID.class)
			.single();
		// 09:00–11:00 and 11:30–13:00 in 30-minute visits; 09:00 today has begun.
		assertThat(this.schedules.slots(id, LocalDate.of(2026, 12, 3))).hasSize(7);

		assertThat(this.admin.post(base() + "/settings", Map.of("horizonDays", "0", "cancelHoursBefore", "2")).text())
			.contains("Запись можно открыть на срок от 1 до 60 дней.");
		assertThat(
				this.admin.post(base() + "/settings", Map.of("horizonDays", "много", "cancelHoursBefore", "2")).text())
			.contains("Введите целое число.");
		Map<String, String> settings = new HashMap<>(Map.of("horizonDays", "7", "cancelHoursBefore", "24"));
		settings.put("referral", "ENT");
		WebSession.Page rules = this.admin.post(base() + "/settings", settings);
		assertThat(rules.location()).isEqualTo("/clinic/schedules");
		assertThat(this.admin.follow(rules).text()).contains("Правила записи сохранены");
		BookingSettings saved = this.schedules.settings(this.clinic.id().value());
		assertThat(saved.horizonDays()).isEqualTo(7);
		assertThat(saved.cancelHoursBefore()).isEqualTo(24);
		assertThat(saved.referralSpecialties()).extracting(Enum::name).containsExactly("ENT");
		assertThat(this.schedules.slots(id, LocalDate.of(2026, 12, 11))).as("past the shorter horizon").isEmpty();

		this.admin.open("/clinic/schedules/doctors/" + id);
		Map<String, String> hours = doctor("", "", "20");
		hours.put("starts-6", "10:00");
		hours.put("ends-6", "12:00");
		WebSession.Page changed = this.admin.post("/clinic/schedules/doctors/" + id + "/hours", hours);
		assertThat(changed.location()).isEqualTo("/clinic/schedules/doctors/" + id);
		assertThat(this.admin.follow(changed).text()).contains("Часы приёма сохранены");
		assertThat(this.schedules.slots(id, LocalDate.of(2026, 12, 3))).hasSize(10);
		assertThat(
				this.admin.submit("/clinic/schedules/doctors/" + id + "/days-off", Map.of("day", "2026-12-04")).text())
			.contains("Выходной назначен");
		assertThat(this.schedules.slots(id, LocalDate.of(2026, 12, 4))).isEmpty();
		assertThat(
				this.admin.submit("/clinic/schedules/doctors/" + id + "/days-off", Map.of("day", "2026-11-30")).text())
			.contains("Выходной нельзя назначить на прошедший день.");

		WebSession staff = this.world.signIn(this.clinic.staffPhone());
		assertThat(staff.get("/clinic/schedules").status()).as("staff who administer nothing").isEqualTo(403);
		AccessWorld.Desk other = this.world
			.clinic("Поликлиника другая " + UUID.randomUUID().toString().substring(0, 4));
		WebSession otherAdmin = this.world.signIn(other.adminPhone());
		otherAdmin.open("/clinic/schedules");
		assertThat(otherAdmin.get("/clinic/schedules/doctors/" + id).status()).isEqualTo(404);
		assertThat(otherAdmin.post(base() + "/doctors", doctor("Чужой", "ENT", "20")).status()).isEqualTo(404);
	}

	@Test
	void theParentBooksStepByStepStaffSeeItAndTheParentCancels() {
		this.admin.open("/clinic/schedules");
		this.admin.post(base() + "/doctors", doctor("Петрова Анна Сергеевна", "PAEDIATRICIAN", "30"));
		this.admin.post(base() + "/doctors", doctor("Волкова Елена Игоревна", "ENT", "30"));
		this.admin.post(base() + "/settings", Map.of("horizonDays", "14", "cancelHoursBefore", "2", "referral", "ENT"));
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2019, 3, 3));
		String book = "/appointments/children/" + parent.child().value() + "/new";

		assertThat(parent.web().open("/appointments").text()).contains("Записей к врачу нет");
		assertThat(parent.web().open(book).text()).contains("Педиатр").contains("по направлению");
		assertThat(parent.web().open(book + "?specialty=ENT").text())
			.contains("К этому специалисту записывают по направлению педиатра");
		String doctors = parent.web().open(book + "?specialty=PAEDIATRICIAN").body();
		UUID doctor = UUID.fromString(between(doctors, "doctor=", "\""));
		String days = parent.web().open(book + "?specialty=PAEDIATRICIAN&doctor=" + doctor).text();
		assertThat(days).contains("четверг, 3 декабря").doesNotContain("суббота");
		String times = parent.web().open(book + "?specialty=PAEDIATRICIAN&doctor=" + doctor + "&day=2026-12-03").body();
		UUID slot = UUID.fromString(between(times, "slot=", "\""));
		String confirm = parent.web()
			.open(book + "?specialty=PAEDIATRICIAN&doctor=" + doctor + "&day=2026-12-03&slot=" + slot)
			.text();
		assertThat(confirm).contains("Подтвердить запись").contains("четверг, 3 декабря 2026, 09:00");

		WebSession.Page booked = parent.web().post(book, Map.of("slot", slot.toString()));
		assertThat(booked.location()).isEqualTo("/appointments");
		assertThat(parent.web().follow(booked).text()).contains("Вы записаны")
			.contains("03.12.2026 09:00")
			.contains("Петрова Анна Сергеевна");
		UUID other = this.schedules.slots(doctor, LocalDate.of(2026, 12, 4)).get(0).id();
		assertThat(parent.web().submit(book, Map.of("slot", slot.toString())).text()).as("the same time twice")
			.contains("Это время уже занято");
		assertThat(parent.web().submit(book, Map.of("slot", other.toString())).text()).as("the same specialty twice")
			.contains("Ребёнок уже записан к врачу этой специальности");
		assertThat(parent.web().submit(book, Map.of("slot", "not-a-slot")).text())
			.contains("Такого времени приёма нет");

		WebSession staff = this.world.signIn(this.clinic.staffPhone());
		assertThat(staff.open("/clinic/appointments?day=2026-12-03").text()).contains("09:00")
			.contains(parent.record().name().full())
			.contains("Записан");
		UUID booking = this.jdbc.sql("SELECT id FROM bookings WHERE slot_id = :s")
			.param("s", slot)
			.query(UUID.class)
			.single();
		WebSession.Page marked = staff.post("/clinic/appointments/bookings/" + booking + "/mark",
				Map.of("status", "DONE"));
		assertThat(marked.location()).isEqualTo("/clinic/appointments?day=2026-12-03");
		assertThat(staff.follow(marked).text()).contains("Отметить визит можно только после его начала");
		WebSession otherStaff = this.world.signIn(
				this.world.clinic("Поликлиника чужая " + UUID.randomUUID().toString().substring(0, 4)).staffPhone());
		otherStaff.open("/clinic/appointments");
		assertThat(otherStaff.post("/clinic/appointments/bookings/" + booking + "/mark", Map.of("status", "DONE"))
			.status()).isEqualTo(404);
		assertThat(otherStaff.get("/clinic/appointments/doctors/" + doctor).status()).isEqualTo(404);

		// Staff block the next free time; the parent no longer sees it.
		List<Schedules.Slot> thursday = this.schedules.slots(doctor, LocalDate.of(2026, 12, 3));
		UUID next = thursday.get(1).id();
		staff.open("/clinic/appointments/doctors/" + doctor + "?day=2026-12-03");
		assertThat(staff.submit("/clinic/appointments/slots/" + next + "/block", Map.of("blocked", "true")).text())
			.contains("Время заблокировано")
			.contains("Заблокировано");
		assertThat(parent.web().open(book + "?specialty=PAEDIATRICIAN&doctor=" + doctor + "&day=2026-12-03").body())
			.doesNotContain(next.toString());
		assertThat(staff.submit("/clinic/appointments/slots/" + slot + "/block", Map.of("blocked", "true")).text())
			.contains("На это время уже есть запись");

		parent.web().open("/appointments");
		assertThat(parent.web().submit("/appointments/bookings/" + booking + "/cancel", Map.of()).text())
			.contains("Запись отменена")
			.contains("Записей к врачу нет");
		assertThat(staff.open("/clinic/appointments?day=2026-12-03").text())
			.doesNotContain(parent.record().name().full());
		AccessWorld.Parent stranger = this.world.parent(this.clinic, LocalDate.of(2018, 4, 4));
		stranger.web().open("/appointments");
		assertThat(stranger.web().post("/appointments/bookings/" + booking + "/cancel", Map.of()).status())
			.isEqualTo(404);
		assertThat(stranger.web().get(book).status()).as("someone else's child").isEqualTo(404);
	}

	@Test
	void aBookingIsMovedToAnotherTimeInOneStep() {
		this.admin.open("/clinic/schedules");
		this.admin.post(base() + "/doctors", doctor("Петрова Анна Сергеевна", "PAEDIATRICIAN", "30"));
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2019, 3, 3));
		UUID doctor = this.jdbc.sql("SELECT id FROM doctors WHERE clinic_id = :c")
			.param("c", this.clinic.id().value())
			.query(UUID.class)
			.single();
		UUID first = this.schedules.slots(doctor, LocalDate.of(2026, 12, 3)).get(0).id();
		UUID later = this.schedules.slots(doctor, LocalDate.of(2026, 12, 7)).get(2).id();
		parent.web().open("/appointments");
		assertThat(parent.web()
			.submit("/appointments/children/" + parent.child().value() + "/new", Map.of("slot", first.toString()))
			.text()).contains("Вы записаны");
		assertThat(parent.web().open("/appointments").text()).as("the notice is shown once")
			.doesNotContain("Вы записаны");
		UUID booking = this.jdbc.sql("SELECT id FROM bookings WHERE slot_id = :s")
			.param("s", first)
			.query(UUID.class)
			.single();
		String move = "/appointments/bookings/" + booking + "/reschedule";
		assertThat(parent.web().open(move + "?doctor=" + doctor + "&day=2026-12-07&slot=" + later).text())
			.contains("Перенос записи")
			.contains("Сейчас: 03.12.2026 09:00")
			.contains("Перенести на это время");
		assertThat(parent.web().submit(move, Map.of("slot", later.toString())).text()).contains("Запись перенесена")
			.contains("07.12.2026 10:00")
			.doesNotContain("03.12.2026 09:00");
	}

	@Test
	void aCitizenBooksForThemselvesOnceTheirPersonalDataAreChecked() {
		this.admin.open("/clinic/schedules");
		this.admin.submit(base() + "/doctors", doctor("Петрова Анна Сергеевна", "PAEDIATRICIAN", "30"));
		org.medkarta.support.Citizens.Standard citizen = org.medkarta.support.Citizens.standard(this.port, this.jdbc,
				this.context.getBean(org.medkarta.identity.RegistryEntries.class),
				new org.medkarta.core.PersonName("Зайцева", "Ольга", "Петровна"), org.medkarta.core.Sex.FEMALE, '6');
		assertThat(citizen.web().open("/appointments").text()).contains("Запись для себя: Зайцева Ольга Петровна")
			.contains("Вы не прикреплены к поликлинике");
		this.world.attach(citizen.snils(), this.clinic);
		UUID doctor = this.jdbc.sql("SELECT id FROM doctors WHERE clinic_id = :c")
			.param("c", this.clinic.id().value())
			.query(UUID.class)
			.single();
		UUID slot = this.schedules.slots(doctor, LocalDate.of(2026, 12, 4)).get(0).id();
		assertThat(citizen.web()
			.open("/appointments/me/new?specialty=PAEDIATRICIAN&doctor=" + doctor + "&day=2026-12-04&slot=" + slot)
			.text()).contains("Зайцева Ольга Петровна").contains("Подтвердить запись");
		assertThat(citizen.web().submit("/appointments/me/new", Map.of("slot", slot.toString())).text())
			.contains("Вы записаны")
			.contains("04.12.2026 09:00");
		UUID booking = this.jdbc.sql("SELECT id FROM bookings WHERE slot_id = :s")
			.param("s", slot)
			.query(UUID.class)
			.single();
		assertThat(this.jdbc.sql("SELECT patient_snils FROM bookings WHERE id = :id")
			.param("id", booking)
			.query(String.class)
			.single()).isEqualTo(citizen.snils().value());
		assertThat(citizen.web().submit("/appointments/bookings/" + booking + "/cancel", Map.of()).text())
			.contains("Запись отменена");

		WebSession unchecked = this.world.signIn(this.clinic.staffPhone());
		assertThat(unchecked.get("/appointments/me/new").status()).as("no personal data").isEqualTo(404);
		unchecked.open("/appointments");
		assertThat(unchecked.post("/appointments/me/new", Map.of("slot", slot.toString())).status()).isEqualTo(404);
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start) + start.length();
		return text.substring(from, text.indexOf(end, from)).replace("&amp;", "&").split("&")[0];
	}

}
