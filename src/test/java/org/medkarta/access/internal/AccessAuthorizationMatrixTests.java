package org.medkarta.access.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.medkarta.identity.Role;
import org.medkarta.support.AccessWorld;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;
import org.medkarta.support.Staff;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SECURITY.md §7: every endpoint of access requests, clinics and records against every
 * kind of caller. Each persona aims at the child and request it would naturally reach
 * for: the parents at their own, everyone else at the granted parent's. POSTs carry a
 * stale version, so an allowed caller is told the request changed and nothing moves. An
 * endpoint of these modules without a row here fails the test.
 */
@MedkartaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessAuthorizationMatrixTests {

	enum Persona {

		PARENT_WITH_GRANT, PARENT_WITHOUT_GRANT, UNRELATED_CITIZEN, RESTRICTED_PARENT, STAFF_OF_CHILDS_CLINIC,
		STAFF_OF_OTHER_CLINIC, OPERATOR, ANONYMOUS

	}

	/** Anything but a success: the caller is sent to sign in. */
	private static final int SIGN_IN = 1;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<Persona, WebSession> sessions = new EnumMap<>(Persona.class);

	private final Map<Persona, Target> targets = new EnumMap<>(Persona.class);

	private AccessWorld.Desk clinic;

	private AccessWorld.Desk otherClinic;

	private UUID doctor;

	private UUID booking;

	private UUID freeSlot;

	private UUID extract;

	record Target(UUID child, UUID request) {
	}

	@BeforeAll
	void world() {
		AccessWorld world = new AccessWorld(this.port, this.context);
		this.clinic = world.clinic("Поликлиника матрицы");
		this.otherClinic = world.clinic("Поликлиника чужая");
		WebSession staff = world.signIn(this.clinic.staffPhone());

		AccessWorld.Parent granted = world.parent(this.clinic, LocalDate.of(2015, 2, 2));
		UUID grant = submit(world, granted);
		for (String action : List.of("take", "approve")) {
			staff.open("/clinic/requests/" + grant);
			staff.post("/clinic/requests/" + grant,
					Map.of("version", String.valueOf(world.versionOf(grant)), "action", action, "text", ""));
		}
		assertThat(world.statusOf(grant)).isEqualTo("APPROVED");
		Target grantedTarget = new Target(granted.child().value(), grant);

		AccessWorld.Parent waiting = world.parent(this.clinic, LocalDate.of(2016, 3, 3));
		UUID pending = submit(world, waiting);

		AccessWorld.Parent restricted = world.parent(this.clinic, LocalDate.of(2017, 4, 4));
		UUID rejected = submit(world, restricted);
		world.restrict(restricted, this.clock);
		await().until(() -> "REJECTED".equals(world.statusOf(rejected)));

		AccessWorld.Parent unrelated = world.parent(this.clinic, LocalDate.of(2018, 5, 5));

		this.doctor = this.context.getBean(org.medkarta.appointments.Doctors.class)
			.add(this.clinic.id(), "Петрова Анна Сергеевна", org.medkarta.appointments.Specialty.PAEDIATRICIAN, 20,
					java.util.Arrays.stream(java.time.DayOfWeek.values())
						.map((day) -> new org.medkarta.appointments.WeeklyHours(day, java.time.LocalTime.MIN,
								java.time.LocalTime.of(23, 40), null, null))
						.toList());
		org.springframework.jdbc.core.simple.JdbcClient jdbc = this.context
			.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
		List<UUID> slots = jdbc
			.sql("SELECT id FROM slots WHERE doctor_id = :d AND starts_at > now() + interval '1 day' "
					+ "ORDER BY starts_at LIMIT 2")
			.param("d", this.doctor)
			.query(UUID.class)
			.list();
		granted.web().open("/appointments");
		granted.web()
			.post("/appointments/children/" + granted.child().value() + "/new",
					Map.of("slot", slots.get(0).toString()));
		this.booking = jdbc.sql("SELECT id FROM bookings WHERE slot_id = :s")
			.param("s", slots.get(0))
			.query(UUID.class)
			.single();
		this.freeSlot = slots.get(1);
		granted.web().open("/extracts/children/" + granted.child().value() + "/new");
		WebSession.Page asked = granted.web()
			.post("/extracts/children/" + granted.child().value() + "/new",
					Map.of("from", "2020-01-01", "to", "2020-12-31", "purpose", "CAMP"));
		this.extract = UUID.fromString(asked.location().substring("/extracts/".length()));
		this.sessions.put(Persona.PARENT_WITH_GRANT, granted.web());
		this.sessions.put(Persona.PARENT_WITHOUT_GRANT, waiting.web());
		this.sessions.put(Persona.UNRELATED_CITIZEN, unrelated.web());
		this.sessions.put(Persona.RESTRICTED_PARENT, restricted.web());
		this.sessions.put(Persona.STAFF_OF_CHILDS_CLINIC, staff);
		this.sessions.put(Persona.STAFF_OF_OTHER_CLINIC, world.signIn(this.otherClinic.staffPhone()));
		this.sessions.put(Persona.OPERATOR, Staff.signedIn(this.context.getBean(org.medkarta.identity.Accounts.class),
				Role.OPERATOR, this.port, world.outbox()));
		this.sessions.put(Persona.ANONYMOUS, new WebSession(this.port));
		for (Persona persona : Persona.values()) {
			this.targets.put(persona, grantedTarget);
		}
		this.targets.put(Persona.PARENT_WITHOUT_GRANT, new Target(waiting.child().value(), pending));
		this.targets.put(Persona.RESTRICTED_PARENT, new Target(restricted.child().value(), rejected));
	}

	private static UUID submit(AccessWorld world, AccessWorld.Parent parent) {
		parent.web().open("/services/records");
		parent.web().post("/records/children/" + parent.child() + "/request", Map.of());
		return world.requestOf(parent);
	}

	/** One endpoint: how to call it for a target, and what each persona gets. */
	record Row(String method, String pattern, Function<Target, String> path, Map<String, String> form,
			Map<Persona, Integer> expected) {
	}

	private static Map<Persona, Integer> statuses(int withGrant, int withoutGrant, int unrelated, int restricted,
			int ownStaff, int otherStaff, int operator, int anonymous) {
		Map<Persona, Integer> map = new EnumMap<>(Persona.class);
		map.put(Persona.PARENT_WITH_GRANT, withGrant);
		map.put(Persona.PARENT_WITHOUT_GRANT, withoutGrant);
		map.put(Persona.UNRELATED_CITIZEN, unrelated);
		map.put(Persona.RESTRICTED_PARENT, restricted);
		map.put(Persona.STAFF_OF_CHILDS_CLINIC, ownStaff);
		map.put(Persona.STAFF_OF_OTHER_CLINIC, otherStaff);
		map.put(Persona.OPERATOR, operator);
		map.put(Persona.ANONYMOUS, anonymous);
		return map;
	}

	private List<Row> rows() {
		Map<String, String> stale = Map.of("version", "999");
		String clinicId = this.clinic.id().toString();
		String member = this.clinic.staff().toString();
		List<Row> rows = new ArrayList<>();
		rows.add(new Row("GET", "/services/records", (t) -> "/services/records", null,
				statuses(200, 200, 200, 200, 200, 200, 200, SIGN_IN)));
		rows.add(new Row("POST", "/records/children/{child}/request",
				(t) -> "/records/children/" + t.child() + "/request", Map.of(),
				statuses(302, 302, 404, 302, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/records/children/{child}", (t) -> "/records/children/" + t.child(), null,
				statuses(200, 403, 404, 403, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/records/children/{child}/{section}",
				(t) -> "/records/children/" + t.child() + "/visits", null,
				statuses(200, 403, 404, 403, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/records/children/{child}/views", (t) -> "/records/children/" + t.child() + "/views",
				null, statuses(200, 200, 404, 403, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/records/children/{child}/pdf", (t) -> "/records/children/" + t.child() + "/pdf", null,
				statuses(200, 403, 404, 403, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/records/children/{child}/fhir", (t) -> "/records/children/" + t.child() + "/fhir",
				null, statuses(200, 403, 404, 403, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/records/children/{child}/documents/{entry}",
				(t) -> "/records/children/" + t.child() + "/documents/" + UUID.randomUUID(), null,
				statuses(404, 403, 404, 403, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/records/children/{child}/lab-results/chart",
				(t) -> "/records/children/" + t.child() + "/lab-results/chart?code=718-7", null,
				statuses(404, 403, 404, 403, 404, 404, 404, SIGN_IN)));
		for (String[] staffPage : new String[][] { { "/clinic/patients/{child}", "" },
				{ "/clinic/patients/{child}/{section}", "/visits" },
				{ "/clinic/patients/{child}/lab-results/chart", "/lab-results/chart?code=718-7" },
				{ "/clinic/patients/{child}/pdf", "/pdf" },
				{ "/clinic/patients/{child}/documents/{entry}", "/documents/" + UUID.randomUUID() } }) {
			boolean chart = staffPage[1].contains("chart") || staffPage[1].contains("documents");
			rows.add(new Row("GET", staffPage[0], (t) -> "/clinic/patients/" + t.child() + staffPage[1], null,
					statuses(403, 403, 403, 403, chart ? 404 : 200, 404, 403, SIGN_IN)));
		}
		rows.add(new Row("GET", "/records/me", (t) -> "/records/me", null,
				statuses(200, 200, 200, 200, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/records/me/{section}", (t) -> "/records/me/vaccinations", null,
				statuses(200, 200, 200, 200, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/records/me/lab-results/chart", (t) -> "/records/me/lab-results/chart?code=718-7",
				null, statuses(404, 404, 404, 404, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/records/me/pdf", (t) -> "/records/me/pdf", null,
				statuses(200, 200, 200, 200, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/records/me/fhir", (t) -> "/records/me/fhir", null,
				statuses(200, 200, 200, 200, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/records/me/documents/{entry}", (t) -> "/records/me/documents/" + UUID.randomUUID(),
				null, statuses(404, 404, 404, 404, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("POST", "/api/fhir/r4", (t) -> "/api/fhir/r4", Map.of(),
				statuses(401, 401, 401, 401, 401, 401, 401, 401)));
		rows.add(new Row("GET", "/records/requests/{id}", (t) -> "/records/requests/" + t.request(), null,
				statuses(200, 200, 404, 200, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("POST", "/records/requests/{id}/withdraw",
				(t) -> "/records/requests/" + t.request() + "/withdraw", stale,
				statuses(302, 302, 404, 302, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("POST", "/records/requests/{id}/revoke", (t) -> "/records/requests/" + t.request() + "/revoke",
				stale, statuses(302, 302, 404, 302, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("POST", "/records/requests/{id}/answer", (t) -> "/records/requests/" + t.request() + "/answer",
				Map.of("version", "999", "text", "ответ"), statuses(302, 302, 404, 302, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/records/consents/{id}", (t) -> "/records/consents/" + t.request(), null,
				statuses(404, 404, 404, 404, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("POST", "/records/consents/{id}", (t) -> "/records/consents/" + t.request(),
				Map.of("version", "999", "decision", "agree"), statuses(404, 404, 404, 404, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/clinic", (t) -> "/clinic", null,
				statuses(403, 403, 403, 403, 302, 302, 403, SIGN_IN)));
		rows.add(new Row("GET", "/clinic/requests", (t) -> "/clinic/requests", null,
				statuses(403, 403, 403, 403, 200, 200, 403, SIGN_IN)));
		rows.add(new Row("GET", "/clinic/requests/{id}", (t) -> "/clinic/requests/" + t.request(), null,
				statuses(403, 403, 403, 403, 200, 404, 403, SIGN_IN)));
		rows.add(new Row("POST", "/clinic/requests/{id}", (t) -> "/clinic/requests/" + t.request(),
				Map.of("version", "999", "action", "revoke", "text", "проверка"),
				statuses(403, 403, 403, 403, 302, 404, 403, SIGN_IN)));
		rows.add(new Row("GET", "/clinic/staff", (t) -> "/clinic/staff", null,
				statuses(403, 403, 403, 403, 403, 403, 403, SIGN_IN)));
		rows.add(new Row("POST", "/clinic/staff/{clinicId}/members", (t) -> "/clinic/staff/" + clinicId + "/members",
				Map.of("phone", "+79990000000", "role", "STAFF"),
				statuses(403, 403, 403, 403, 403, 403, 403, SIGN_IN)));
		rows.add(new Row("POST", "/clinic/staff/{clinicId}/members/{account}/remove",
				(t) -> "/clinic/staff/" + clinicId + "/members/" + member + "/remove", Map.of(),
				statuses(403, 403, 403, 403, 403, 403, 403, SIGN_IN)));
		rows.add(new Row("GET", "/clinic/staff/{clinicId}/members", (t) -> "/clinic/staff/" + clinicId + "/members",
				null, statuses(403, 403, 403, 403, 403, 403, 403, SIGN_IN)));
		rows.add(new Row("GET", "/clinic/staff/{clinicId}/members/{account}/remove",
				(t) -> "/clinic/staff/" + clinicId + "/members/" + member + "/remove", null,
				statuses(403, 403, 403, 403, 403, 403, 403, SIGN_IN)));
		String key = UUID.randomUUID().toString();
		for (String[] keys : new String[][] { { "GET", "/clinic/api-keys", "/clinic/api-keys" },
				{ "POST", "/clinic/api-keys/{clinicId}", "/clinic/api-keys/" + clinicId },
				{ "GET", "/clinic/api-keys/{clinicId}", "/clinic/api-keys/" + clinicId },
				{ "POST", "/clinic/api-keys/{clinicId}/{keyId}/revoke",
						"/clinic/api-keys/" + clinicId + "/" + key + "/revoke" },
				{ "GET", "/clinic/api-keys/{clinicId}/{keyId}/revoke",
						"/clinic/api-keys/" + clinicId + "/" + key + "/revoke" } }) {
			rows.add(new Row(keys[0], keys[1], (t) -> keys[2], keys[0].equals("POST") ? Map.of("name", "МИС") : null,
					statuses(403, 403, 403, 403, 403, 403, 403, SIGN_IN)));
		}
		for (String[] admin : new String[][] { { "GET", "/admin/clinics", "/admin/clinics" },
				{ "POST", "/admin/clinics", "/admin/clinics" },
				{ "GET", "/admin/clinics/{id}", "/admin/clinics/" + clinicId },
				{ "POST", "/admin/clinics/{id}/members", "/admin/clinics/" + clinicId + "/members" },
				{ "GET", "/admin/clinics/{id}/members", "/admin/clinics/" + clinicId + "/members" },
				{ "POST", "/admin/clinics/{id}/members/{account}/remove",
						"/admin/clinics/" + clinicId + "/members/" + member + "/remove" },
				{ "GET", "/admin/clinics/{id}/members/{account}/remove",
						"/admin/clinics/" + clinicId + "/members/" + member + "/remove" } }) {
			rows.add(new Row(admin[0], admin[1], (t) -> admin[2], admin[0].equals("POST") ? Map.of() : null,
					statuses(403, 403, 403, 403, 403, 403, 403, SIGN_IN)));
		}
		appointmentRows(rows);
		extractRows(rows);
		// Reminder preferences are each account's own: any signed-in account has its
		// page;
		// the POST carries a bad time, so it is shown again and nothing is stored.
		rows.add(new Row("GET", "/profile/reminders", (t) -> "/profile/reminders", null,
				statuses(200, 200, 200, 200, 200, 200, 200, SIGN_IN)));
		rows.add(new Row("POST", "/profile/reminders", (t) -> "/profile/reminders",
				Map.of("quietFrom", "99:99", "quietTo", "08:00", "zone", "Europe/Moscow"),
				statuses(200, 200, 200, 200, 200, 200, 200, SIGN_IN)));
		return rows;
	}

	/**
	 * Appointments: parents reach their own children (kinship, not a record grant, is
	 * what booking needs), a court restriction refuses; staff reach their clinic's day.
	 * The POSTs aim at a slot that does not exist or change nothing (freeing a free
	 * slot).
	 */
	private void appointmentRows(List<Row> rows) {
		String booking = "/appointments/bookings/" + this.booking;
		Map<String, String> noSlot = Map.of("slot", UUID.randomUUID().toString());
		rows.add(new Row("GET", "/appointments", (t) -> "/appointments", null,
				statuses(200, 200, 200, 200, 200, 200, 200, SIGN_IN)));
		rows.add(new Row("GET", "/appointments/children/{child}/new",
				(t) -> "/appointments/children/" + t.child() + "/new", null,
				statuses(200, 200, 404, 403, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("POST", "/appointments/children/{child}/new",
				(t) -> "/appointments/children/" + t.child() + "/new", noSlot,
				statuses(302, 302, 404, 403, 404, 404, 404, SIGN_IN)));
		// Booking for oneself needs personal data the registry matched: the parents have
		// them (the slot does not exist, so nothing is booked); staff and the operator
		// do not.
		rows.add(new Row("GET", "/appointments/me/new", (t) -> "/appointments/me/new", null,
				statuses(200, 200, 200, 200, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("POST", "/appointments/me/new", (t) -> "/appointments/me/new", noSlot,
				statuses(302, 302, 302, 302, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("POST", "/appointments/bookings/{booking}/cancel",
				(t) -> "/appointments/bookings/" + UUID.randomUUID() + "/cancel", Map.of(),
				statuses(404, 404, 404, 404, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/appointments/bookings/{booking}/reschedule", (t) -> booking + "/reschedule", null,
				statuses(200, 404, 404, 404, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("POST", "/appointments/bookings/{booking}/reschedule", (t) -> booking + "/reschedule", noSlot,
				statuses(302, 404, 404, 404, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/clinic/appointments", (t) -> "/clinic/appointments", null,
				statuses(403, 403, 403, 403, 200, 200, 403, SIGN_IN)));
		rows.add(new Row("POST", "/clinic/appointments/bookings/{booking}/mark",
				(t) -> "/clinic/appointments/bookings/" + this.booking + "/mark", Map.of("status", "DONE"),
				statuses(403, 403, 403, 403, 302, 404, 403, SIGN_IN)));
		rows.add(new Row("GET", "/clinic/appointments/doctors/{doctor}",
				(t) -> "/clinic/appointments/doctors/" + this.doctor, null,
				statuses(403, 403, 403, 403, 200, 404, 403, SIGN_IN)));
		rows.add(new Row("POST", "/clinic/appointments/slots/{slot}/block",
				(t) -> "/clinic/appointments/slots/" + this.freeSlot + "/block", Map.of("blocked", "false"),
				statuses(403, 403, 403, 403, 302, 404, 403, SIGN_IN)));
		String clinicId = this.clinic.id().value().toString();
		for (String[] admin : new String[][] { { "GET", "/clinic/schedules", "/clinic/schedules" },
				{ "POST", "/clinic/schedules/{clinic}/settings", "/clinic/schedules/" + clinicId + "/settings" },
				{ "GET", "/clinic/schedules/{clinic}/settings", "/clinic/schedules/" + clinicId + "/settings" },
				{ "POST", "/clinic/schedules/{clinic}/doctors", "/clinic/schedules/" + clinicId + "/doctors" },
				{ "GET", "/clinic/schedules/{clinic}/doctors", "/clinic/schedules/" + clinicId + "/doctors" },
				{ "GET", "/clinic/schedules/doctors/{doctor}", "/clinic/schedules/doctors/" + this.doctor },
				{ "POST", "/clinic/schedules/doctors/{doctor}/hours",
						"/clinic/schedules/doctors/" + this.doctor + "/hours" },
				{ "GET", "/clinic/schedules/doctors/{doctor}/hours",
						"/clinic/schedules/doctors/" + this.doctor + "/hours" },
				{ "POST", "/clinic/schedules/doctors/{doctor}/days-off",
						"/clinic/schedules/doctors/" + this.doctor + "/days-off" },
				{ "GET", "/clinic/schedules/doctors/{doctor}/days-off",
						"/clinic/schedules/doctors/" + this.doctor + "/days-off" } }) {
			rows.add(new Row(admin[0], admin[1], (t) -> admin[2], admin[0].equals("POST") ? Map.of() : null,
					statuses(403, 403, 403, 403, 403, 403, 403, SIGN_IN)));
		}
	}

	/**
	 * Extracts: asking needs an active grant, like reading the record; a request is its
	 * asker's alone; staff reach their clinic's queue. The POSTs are refused before
	 * anything is stored (no period, a stale version, a deadline out of range).
	 */
	private void extractRows(List<Row> rows) {
		String request = "/extracts/" + this.extract;
		String desk = "/clinic/extracts/" + this.extract;
		rows.add(new Row("GET", "/extracts", (t) -> "/extracts", null,
				statuses(200, 200, 200, 200, 200, 200, 200, SIGN_IN)));
		rows.add(new Row("GET", "/extracts/children/{child}/new", (t) -> "/extracts/children/" + t.child() + "/new",
				null, statuses(200, 403, 404, 403, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("POST", "/extracts/children/{child}/new", (t) -> "/extracts/children/" + t.child() + "/new",
				Map.of("purpose", "SCHOOL"), statuses(200, 403, 404, 403, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/extracts/{id}", (t) -> request, null,
				statuses(200, 404, 404, 404, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/extracts/{id}/pdf", (t) -> request + "/pdf", null,
				statuses(404, 404, 404, 404, 404, 404, 404, SIGN_IN)));
		rows.add(new Row("GET", "/clinic/extracts", (t) -> "/clinic/extracts", null,
				statuses(403, 403, 403, 403, 200, 200, 403, SIGN_IN)));
		rows.add(new Row("GET", "/clinic/extracts/{id}", (t) -> desk, null,
				statuses(403, 403, 403, 403, 200, 404, 403, SIGN_IN)));
		rows.add(new Row("POST", "/clinic/extracts/{id}", (t) -> desk, Map.of("action", "prepare", "version", "999"),
				statuses(403, 403, 403, 403, 302, 404, 403, SIGN_IN)));
		rows.add(new Row("GET", "/clinic/extracts/{id}/pdf", (t) -> desk + "/pdf", null,
				statuses(403, 403, 403, 403, 404, 404, 403, SIGN_IN)));
		String settings = "/clinic/extracts/settings/" + this.clinic.id().value();
		rows.add(new Row("POST", "/clinic/extracts/settings/{clinic}", (t) -> settings, Map.of("days", "0"),
				statuses(403, 403, 403, 403, 403, 403, 403, SIGN_IN)));
		rows.add(new Row("GET", "/clinic/extracts/settings/{clinic}", (t) -> settings, null,
				statuses(403, 403, 403, 403, 302, 302, 403, SIGN_IN)));
	}

	@Test
	void everyEndpointAnswersEveryPersonaAsTheMatrixSays() {
		List<String> wrong = new ArrayList<>();
		for (Row row : rows()) {
			for (Persona persona : Persona.values()) {
				WebSession web = this.sessions.get(persona);
				String path = row.path().apply(this.targets.get(persona));
				WebSession.Page page;
				if (row.method().equals("GET")) {
					page = web.get(path);
				}
				else {
					web.open("/");
					page = web.post(path, row.form());
				}
				int expected = row.expected().get(persona);
				boolean ok = (expected == SIGN_IN) ? "/signin".equals(page.location()) : page.status() == expected;
				if (!ok) {
					wrong.add(row.method() + " " + path + " as " + persona + ": " + page.status() + " "
							+ page.location() + " (expected " + expected + ")");
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyEndpointOfAccessAndClinicsHasARow() {
		Set<String> endpoints = new LinkedHashSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			String module = entry.getValue().getBeanType().getPackageName();
			if (!module.startsWith("org.medkarta.access") && !module.startsWith("org.medkarta.clinics")
					&& !module.startsWith("org.medkarta.records") && !module.startsWith("org.medkarta.appointments")
					&& !module.startsWith("org.medkarta.extracts") && !module.startsWith("org.medkarta.reminders")) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				entry.getKey()
					.getMethodsCondition()
					.getMethods()
					.forEach((method) -> endpoints.add(method.name() + " " + pattern));
			}
		}
		Set<String> covered = new LinkedHashSet<>();
		rows().forEach((row) -> covered.add(row.method() + " " + row.pattern()));
		assertThat(covered).containsExactlyInAnyOrderElementsOf(endpoints);
	}

	/** The states the matrix left behind: nothing moved. */
	@Test
	void theMatrixChangedNothing() {
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put(this.targets.get(Persona.PARENT_WITH_GRANT).request().toString(), "APPROVED");
		expected.put(this.targets.get(Persona.PARENT_WITHOUT_GRANT).request().toString(), "SUBMITTED");
		expected.put(this.targets.get(Persona.RESTRICTED_PARENT).request().toString(), "REJECTED");
		everyEndpointAnswersEveryPersonaAsTheMatrixSays();
		AccessWorld world = new AccessWorld(this.port, this.context);
		expected.forEach((id, status) -> assertThat(world.statusOf(UUID.fromString(id))).as(id).isEqualTo(status));
		org.springframework.jdbc.core.simple.JdbcClient jdbc = this.context
			.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
		assertThat(jdbc.sql("SELECT status FROM bookings WHERE id = :id")
			.param("id", this.booking)
			.query(String.class)
			.single()).isEqualTo("BOOKED");
		assertThat(jdbc.sql("SELECT status || count(*) OVER () FROM extract_requests WHERE child_id = :c")
			.param("c", this.targets.get(Persona.PARENT_WITH_GRANT).child())
			.query(String.class)
			.single()).isEqualTo("SUBMITTED1");
		assertThat(jdbc.sql("SELECT blocked FROM slots WHERE id = :id")
			.param("id", this.freeSlot)
			.query(Boolean.class)
			.single()).isFalse();
	}

}
