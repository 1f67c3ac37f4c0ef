package org.medkarta.extracts.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medkarta.support.AccessWorld;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extract requests over real HTTP, on the real PostgreSQL: the parent with a grant asks,
 * bad periods come back with a message and store nothing, staff prepare the draft from
 * the record, sign it off, the parent is told and downloads a PDF holding the visits of
 * the period and no others, audited; refusals carry their reason; strangers get 404.
 */
@MedkartaTest
class ExtractTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.medkarta.support.MutableClock clock;

	AccessWorld world;

	AccessWorld.Desk clinic;

	AccessWorld.Parent parent;

	WebSession staff;

	@BeforeEach
	void setUp() {
		this.world = new AccessWorld(this.port, this.context);
		this.clinic = this.world.clinic("Поликлиника выписок " + UUID.randomUUID().toString().substring(0, 4));
		this.parent = this.world.parent(this.clinic, LocalDate.of(2016, 5, 5));
		String bundle = """
				{"resourceType":"Bundle","type":"batch","entry":[
				 {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient","id":"p1",
				   "identifier":[{"system":"urn:oid:1.2.643.100.3","value":"%s"}]}},
				 {"resource":{"resourceType":"Encounter","id":"e-in","status":"finished","class":{"code":"AMB"},
				   "type":[{"text":"Приём педиатра по поводу ангины"}],"subject":{"reference":"urn:uuid:p1"},
				   "period":{"start":"2025-03-10T10:00:00+03:00"}}},
				 {"resource":{"resourceType":"Encounter","id":"e-out","status":"finished","class":{"code":"AMB"},
				   "type":[{"text":"Осмотр травматолога-ортопеда"}],"subject":{"reference":"urn:uuid:p1"},
				   "period":{"start":"2023-02-01T10:00:00+03:00"}}}]}"""
			.formatted(this.parent.record().child().value());
		assertThat(this.world.importBundle(this.world.apiKey(this.clinic), bundle)).isEqualTo(200);
		this.parent.web().open("/services/records");
		this.parent.web().post("/records/children/" + this.parent.child() + "/request", Map.of());
		UUID grant = this.world.requestOf(this.parent);
		this.staff = this.world.signIn(this.clinic.staffPhone());
		named(this.staff, this.clinic.staffPhone());
		for (String action : List.of("take", "approve")) {
			this.staff.open("/clinic/requests/" + grant);
			this.staff.post("/clinic/requests/" + grant,
					Map.of("version", String.valueOf(this.world.versionOf(grant)), "action", action, "text", ""));
		}
	}

	/** The member of staff enters their personal data, as the profile asks. */
	private static void named(WebSession web, String phone) {
		web.open("/profile/personal-data");
		web.submit("/profile/personal-data",
				Map.of("surname", "Смирнова", "name", "Елена", "patronymic", "Павловна", "birthDate", "1979-04-11",
						"sex", "FEMALE", "passportSeries", "4010", "passportNumber", phone.substring(6),
						"passportIssuedOn", "1999-06-01", "issuerCode", "780-001", "snils",
						org.medkarta.support.Citizens.snils("5" + phone.substring(4)).display()));
	}

	private String form() {
		return "/extracts/children/" + this.parent.child() + "/new";
	}

	private long requests() {
		return this.jdbc.sql("SELECT count(*) FROM extract_requests WHERE child_id = :c")
			.param("c", this.parent.child().value())
			.query(Long.class)
			.single();
	}

	private UUID ask(String from, String to) {
		this.parent.web().open(form());
		WebSession.Page sent = this.parent.web()
			.post(form(), Map.of("from", from, "to", to, "purpose", "SCHOOL", "comment", "Для медкабинета школы"));
		assertThat(sent.location()).startsWith("/extracts/");
		assertThat(this.parent.web().follow(sent).text()).contains("Запрос отправлен в поликлинику")
			.contains("Отправлен в поликлинику")
			.contains("Для школы");
		return UUID.fromString(sent.location().substring("/extracts/".length()));
	}

	private String act(UUID id, String action, String text) {
		this.staff.open("/clinic/extracts/" + id);
		int version = this.jdbc.sql("SELECT version FROM extract_requests WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		return this.staff
			.submit("/clinic/extracts/" + id,
					Map.of("action", action, "version", String.valueOf(version), "text", text))
			.text();
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void badPeriodsComeBackWithAMessageAndStoreNothing() {
		WebSession web = this.parent.web();
		web.open(form());
		assertThat(web.post(form(), Map.of("from", "2025-05-01", "to", "2025-01-01", "purpose", "CAMP")).text())
			.contains("Дата окончания периода раньше даты начала");
		assertThat(web.post(form(), Map.of("from", "2025-01-01", "to", "2099-01-01", "purpose", "CAMP")).text())
			.contains("Период не может заканчиваться в будущем");
		assertThat(web.post(form(), Map.of("from", "01/02/2025", "to", "", "purpose", "CAMP")).text())
			.contains("Укажите дату в формате ДД.ММ.ГГГГ")
			.contains("Укажите дату.");
		assertThat(web.post(form(), Map.of("from", "2010-01-01", "to", "2025-01-01", "purpose", "CAMP")).text())
			.contains("Период начинается раньше дня рождения ребёнка");
		WebSession.Page noPurpose = web.post(form(),
				Map.of("from", "2025-01-01", "to", "2025-02-01", "comment", "<script>alert(1)</script>"));
		assertThat(noPurpose.text()).contains("Выберите, для чего нужна выписка");
		assertThat(noPurpose.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
		assertThat(requests()).isZero();
	}

	@Test
	void staffPrepareAndSignTheParentIsToldAndDownloadsTheVisitsOfThePeriod() throws Exception {
		UUID id = ask("2024-01-01", "2025-12-31");
		assertThat(this.jdbc.sql("SELECT due_on FROM extract_requests WHERE id = :id")
			.param("id", id)
			.query(LocalDate.class)
			.single()).isAfter(LocalDate.now().plusDays(2));

		assertThat(this.staff.open("/clinic/extracts").text()).contains(this.parent.record().name().full())
			.contains("Для школы");
		assertThat(act(id, "sign", "")).contains("Сначала подготовьте выписку");
		act(id, "prepare", "");
		WebSession unnamed = this.world.signIn(this.world.addStaff(this.clinic));
		unnamed.open("/clinic/extracts/" + id);
		assertThat(unnamed.submit("/clinic/extracts/" + id,
				Map.of("action", "sign", "version",
						String.valueOf(this.jdbc.sql("SELECT version FROM extract_requests WHERE id = :id")
							.param("id", id)
							.query(Integer.class)
							.single()),
						"text", ""))
			.text()).contains("Выписку подписывают фамилией, именем и отчеством");
		WebSession.Page draft = this.staff.get("/clinic/extracts/" + id + "/pdf");
		assertThat(draft.status()).isEqualTo(200);
		String draftText = text(this.staff.download("/clinic/extracts/" + id + "/pdf"));
		assertThat(draftText).contains("ПРОЕКТ").contains("Приём педиатра по поводу ангины");
		act(id, "sign", "");
		assertThat(this.jdbc.sql("SELECT status FROM extract_requests WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("READY");

		assertThat(this.parent.web().open("/notifications").text()).contains("Выписка готова");
		assertThat(this.parent.web().open("/extracts/" + id).text()).contains("Готова").contains("Скачать выписку");
		long before = this.jdbc
			.sql("SELECT count(*) FROM audit_events WHERE child_id = :c AND section = 'EXTRACT' AND allowed")
			.param("c", this.parent.child().value())
			.query(Long.class)
			.single();
		WebSession.Page pdf = this.parent.web().get("/extracts/" + id + "/pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.header("Content-Disposition").orElse("")).startsWith("attachment");
		String signed = text(this.parent.web().download("/extracts/" + id + "/pdf"));
		assertThat(signed).contains("Выписка из медицинской карты")
			.contains(this.parent.record().name().full())
			.contains("Период: с 01.01.2024 по 31.12.2025")
			.contains("Приём педиатра по поводу ангины")
			.contains("10.03.2025")
			.doesNotContain("Осмотр травматолога-ортопеда")
			.doesNotContain("ПРОЕКТ")
			.contains("подписал(а): Смирнова Елена Павловна");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_events WHERE child_id = :c AND section = 'EXTRACT' AND allowed")
			.param("c", this.parent.child().value())
			.query(Long.class)
			.single()).as("one row per download").isEqualTo(before + 2);
	}

	@Test
	void aRefusalCarriesItsReasonAndStrangersSeeNothing() {
		UUID id = ask("2025-01-01", "2025-06-30");
		assertThat(act(id, "reject", "")).contains("Укажите причину отказа");
		act(id, "reject", "Выписка для школы выдаётся по форме 026/у на приёме");
		assertThat(this.parent.web().open("/extracts/" + id).text()).contains("Отказано")
			.contains("по форме 026/у на приёме");
		assertThat(this.parent.web().open("/notifications").text()).contains("В выписке отказано");
		assertThat(this.parent.web().get("/extracts/" + id + "/pdf").status()).isEqualTo(404);

		AccessWorld.Parent stranger = this.world.parent(this.clinic, LocalDate.of(2017, 7, 7));
		assertThat(stranger.web().get("/extracts/" + id).status()).isEqualTo(404);
		assertThat(stranger.web().get("/extracts/" + id + "/pdf").status()).isEqualTo(404);
		assertThat(stranger.web().get(form()).status()).isEqualTo(404);
		assertThat(stranger.web().get("/extracts/children/" + stranger.child() + "/new").status())
			.as("own child, no grant")
			.isEqualTo(403);
		WebSession otherStaff = this.world.signIn(
				this.world.clinic("Поликлиника чужая " + UUID.randomUUID().toString().substring(0, 4)).staffPhone());
		assertThat(otherStaff.get("/clinic/extracts/" + id).status()).isEqualTo(404);
		assertThat(otherStaff.get("/clinic/extracts/" + id + "/pdf").status()).isEqualTo(404);
	}

	@Test
	void theAdministratorSetsTheDeadline() {
		// The administrator signed in a moment ago to make the API key; a phone gets one
		// code a minute.
		this.clock.advance(java.time.Duration.ofSeconds(61));
		WebSession admin = this.world.signIn(this.clinic.adminPhone());
		assertThat(admin.open("/clinic/extracts").text()).contains("Срок подготовки выписок");
		String path = "/clinic/extracts/settings/" + this.clinic.id().value();
		assertThat(admin.submit(path, Map.of("days", "0")).text()).contains("Срок — от 1 до 30 рабочих дней");
		assertThat(admin.submit(path, Map.of("days", "много")).text()).contains("Срок — от 1 до 30 рабочих дней");
		assertThat(admin.submit(path, Map.of("days", "10")).text()).contains("Срок сохранён");
		assertThat(this.staff.post(path, Map.of("days", "5")).status()).isEqualTo(403);
		UUID id = ask("2025-01-01", "2025-06-30");
		LocalDate due = this.jdbc.sql("SELECT due_on FROM extract_requests WHERE id = :id")
			.param("id", id)
			.query(LocalDate.class)
			.single();
		// Ten working days from the clinic's today, by the test's clock: from a Saturday
		// that is 13 calendar days, from a Monday 14.
		LocalDate today = LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Europe/Moscow")));
		assertThat(due).isEqualTo(org.medkarta.core.WorkingDayCalendar.russian().addWorkingDays(today, 10));
	}

}
