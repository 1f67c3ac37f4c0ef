package org.medkarta.records.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The family reads a record a clinic sent (a real Synthea history with the child's
 * SNILS): overview, sections, filters, paging, bad input; each request asks the policy
 * and leaves exactly one audit row, let in or not.
 */
@MedkartaTest
class RecordPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	AccessWorld world;

	AccessWorld.Desk clinic;

	AccessWorld.Parent parent;

	WebSession staff;

	UUID grant;

	String key;

	@BeforeEach
	void setUp() throws Exception {
		this.world = new AccessWorld(this.port, this.context);
		this.clinic = this.world.clinic("Поликлиника карт " + UUID.randomUUID().toString().substring(0, 4));
		this.parent = this.world.parent(this.clinic, LocalDate.of(2015, 4, 4));
		String bundle = FhirImportTests
			.withSnils(
					FhirImportTests.SAMPLES
						.resolve("smart-r4-Basil_Champlin_992d9b0b-08f8-4442-b123-4f5cb5fe2236.json"),
					this.parent.record().child().value())
			.toString();
		this.key = this.world.apiKey(this.clinic);
		assertThat(this.world.importBundle(this.key, bundle)).isEqualTo(200);
		this.parent.web().open("/services/records");
		this.parent.web().post("/records/children/" + this.parent.child() + "/request", Map.of());
		this.grant = this.world.requestOf(this.parent);
		this.staff = this.world.signIn(this.clinic.staffPhone());
		for (String action : List.of("take", "approve")) {
			this.staff.open("/clinic/requests/" + this.grant);
			this.staff.post("/clinic/requests/" + this.grant,
					Map.of("version", String.valueOf(this.world.versionOf(this.grant)), "action", action, "text", ""));
		}
	}

	private long audits(boolean allowed) {
		return this.jdbc.sql("SELECT count(*) FROM audit_events WHERE child_id = :c AND allowed = :a")
			.param("c", this.parent.child().value())
			.param("a", allowed)
			.query(Long.class)
			.single();
	}

	/**
	 * A bundle of one vaccination for the child, given on the day.
	 * @param name the vaccine's name as JSON string content (quotes escaped)
	 */
	private String oneVaccination(String id, String name, String day) {
		return """
				{"resourceType": "Bundle", "type": "collection", "entry": [
				  {"fullUrl": "urn:uuid:6c1d0b7e-0000-4000-8000-000000000002", "resource": {"resourceType": "Patient",
				    "id": "vaccinated-patient", "identifier": [{"system": "urn:oid:1.2.643.100.3", "value": "%s"}]}},
				  {"resource": {"resourceType": "Immunization", "id": "%s", "status": "completed",
				    "vaccineCode": {"text": "%s"},
				    "patient": {"reference": "urn:uuid:6c1d0b7e-0000-4000-8000-000000000002"},
				    "occurrenceDateTime": "%s"}}
				]}""".formatted(this.parent.record().child().value(), id, name, day);
	}

	private String path(String rest) {
		return "/records/children/" + this.parent.child() + rest;
	}

	@Test
	void theOverviewAndEverySectionShowWhatTheClinicSentEachWithOneAuditRow() {
		WebSession web = this.parent.web();
		WebSession.Page overview = web.open(path(""));
		assertThat(overview.text()).contains("Орлова Соня Игоревна")
			.contains("Приёмы 25")
			.contains("Прививки 28")
			.contains("Последние приёмы");
		assertThat(audits(true)).isEqualTo(1);
		for (String section : RecordController.PAGES.keySet()) {
			assertThat(web.get(path("/" + section)).status()).as(section).isEqualTo(200);
		}
		assertThat(audits(true)).isEqualTo(1 + RecordController.PAGES.size());
		assertThat(web.open(path("/vaccinations")).text()).contains("Influenza")
			.as("the national calendar, dose by dose: the sample's US vaccine names match none of it")
			.contains("Прививки по национальному календарю")
			.contains("Гепатит B V1 пропущена: срок был 04.04.2015")
			.contains("Гемофильная инфекция V1 не требуется этому ребёнку");
		assertThat(overview.text()).contains("Ближайшие и пропущенные прививки")
			.contains("Туберкулёз V пропущена: срок был 07.04.2015")
			.doesNotContain("не требуется этому ребёнку");
		assertThat(web.open(path("/visits")).text()).contains("Диагноз");
		assertThat(web.open(path("/lab-results")).text()).contains("Complete blood count")
			.doesNotContain("Записей пока нет");
	}

	/**
	 * The overview's schedule counts every vaccination given, not only the latest five it
	 * lists: a dose given at birth, older than the sample's 28 vaccinations, is done.
	 */
	@Test
	void theOverviewsScheduleCountsEveryVaccinationNotOnlyTheLatest() {
		String bundle = oneVaccination("hepatitis-b-v1", "Вакцина против вирусного гепатита B", "2015-04-04");
		WebSession web = this.parent.web();
		assertThat(web.open(path("")).text()).contains("Гепатит B V1 пропущена: срок был 04.04.2015");
		assertThat(this.world.importBundle(this.key, bundle)).isEqualTo(200);
		assertThat(web.open(path("")).text()).contains("Прививки 29")
			.doesNotContain("Гепатит B V1 пропущена")
			.contains("Туберкулёз V пропущена: срок был 07.04.2015");
		assertThat(web.open(path("/vaccinations")).text()).contains("Гепатит B V1 сделана 04.04.2015");
	}

	/**
	 * What a clinic sends is text, never markup: the compiled templates escape it on the
	 * overview, and the section page, which puts their list in as it is drawn, shows it
	 * escaped too.
	 */
	@Test
	void markupSentByAClinicIsShownAsText() {
		String bundle = oneVaccination("markup", "<script>alert(1)</script> \\\"АДС-М\\\" & <b>Ко</b>", "2024-05-05");
		assertThat(this.world.importBundle(this.key, bundle)).isEqualTo(200);
		WebSession web = this.parent.web();
		for (String page : List.of(path(""), path("/vaccinations"))) {
			assertThat(web.open(page).body()).as(page)
				.doesNotContain("<script>alert")
				.doesNotContain("<b>Ко</b>")
				.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
				.contains("&amp; &lt;b&gt;Ко&lt;/b&gt;");
		}
	}

	@Test
	void theOverviewListsTheResultsOutOfRangeByValueOrByTheClinicsFlag() {
		String snils = this.parent.record().child().value();
		String bundle = """
				{"resourceType": "Bundle", "type": "collection", "entry": [
				  {"fullUrl": "urn:uuid:6c1d0b7e-0000-4000-8000-000000000001", "resource": {"resourceType": "Patient",
				    "id": "oor-patient", "identifier": [{"system": "urn:oid:1.2.643.100.3", "value": "%s"}]}},
				  %s, %s, %s, %s
				]}""".formatted(snils, lab("oor-high", "Гемоглобин выше нормы", "185", null),
				lab("oor-flag", "Лейкоциты с флагом клиники", "5", "L"),
				lab("oor-normal", "Тромбоциты в норме", "5", null),
				lab("oor-exponent", "Эозинофилы с порядком", "1e3", null));
		assertThat(this.world.importBundle(this.key, bundle)).isEqualTo(200);
		String overview = this.parent.web().open(path("")).text();
		String abnormal = overview.substring(overview.indexOf("Результаты вне нормы"),
				overview.indexOf("Ближайшие и пропущенные прививки"));
		assertThat(abnormal).contains("Гемоглобин выше нормы")
			.contains("Лейкоциты с флагом клиники")
			.doesNotContain("Тромбоциты в норме")
			.as("1e3, written with an exponent, is a thousand and above the range")
			.contains("Эозинофилы с порядком");
		assertThat(this.parent.web()
			.open(path("/lab-results?q=%D0%AD%D0%BE%D0%B7%D0%B8%D0%BD%D0%BE%D1%84%D0%B8%D0%BB%D1%8B"))
			.text()).contains("Эозинофилы с порядком");
	}

	/**
	 * A laboratory Observation of the patient above, dated after everything in the
	 * sample.
	 */
	private static String lab(String id, String title, String value, String interpretation) {
		return """
				{"fullUrl": "urn:uuid:6c1d0b7e-0000-4000-8000-%s", "resource": {"resourceType": "Observation",
				  "id": "%s", "status": "final",
				  "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
				    "code": "laboratory"}]}],
				  "code": {"text": "%s"}, "subject": {"reference": "urn:uuid:6c1d0b7e-0000-4000-8000-000000000001"},
				  "effectiveDateTime": "2026-11-20T10:00:00+03:00",
				  "valueQuantity": {"value": %s, "unit": "г/л"},
				  "referenceRange": [{"low": {"value": 1}, "high": {"value": 10}}]%s}}"""
			.formatted(String.format("%012d", Math.abs(id.hashCode())), id, title, value, (interpretation != null)
					? ", \"interpretation\": [{\"coding\": [{\"code\": \"" + interpretation + "\"}]}]" : "");
	}

	@Test
	void filtersAndPagesWorkAndBadInputGetsAMessage() {
		WebSession web = this.parent.web();
		String page0 = web.open(path("/measurements")).text();
		assertThat(page0).contains("Старше");
		assertThat(web.open(path("/measurements?page=1")).text()).contains("Новее");
		assertThat(web.open(path("/measurements?page=999")).text()).contains("страница за концом списка");
		assertThat(web.open(path("/measurements?page=-1")).text()).contains("Номер страницы — целое число от 0");
		assertThat(web.open(path("/measurements?page=abc")).status()).isEqualTo(200);
		assertThat(web.open(path("/vaccinations?from=2099-01-01")).text()).contains("Записей пока нет");
		assertThat(web.open(path("/vaccinations?from=01.02.2020")).text()).contains("Исправьте ошибки");
		assertThat(web.open(path("/vaccinations?from=2020-01-02&to=2019-01-01")).text())
			.contains("Дата «по» раньше даты «с»");
		assertThat(web.open(path("/vaccinations?q=Influenza")).text()).contains("Influenza");
		assertThat(web.open(path("/vaccinations?q=%27%3B%20DROP%20TABLE%20record_entries%3B--")).text())
			.contains("Записей пока нет");
		WebSession.Page html = web.open(path("/vaccinations?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
		assertThat(html.status()).isEqualTo(200);
		assertThat(html.body()).doesNotContain("<script>alert(1)</script>");
		assertThat(web.open(path("/vaccinations?clinic=not-a-uuid")).text()).contains("Такой поликлиники нет");
		assertThat(web.open(path("/vaccinations?q=" + "я".repeat(500))).text()).contains("не больше 100 символов");
		assertThat(web.get(path("/unknown-section")).status()).isEqualTo(404);
		assertThat(this.jdbc.sql("SELECT count(*) FROM record_entries").query(Long.class).single()).isPositive();
	}

	/**
	 * A section on one page whatever its length, up to 2,000 entries; the pager keeps the
	 * size, and a size that is no whole number from 1 to 2,000 gets a message and the
	 * default page.
	 */
	@Test
	void aWholeSectionFitsOnOnePageAndAWrongPageSizeGetsAMessage() {
		WebSession web = this.parent.web();
		long measurements = this.jdbc
			.sql("SELECT count(*) FROM record_entries WHERE snils = :s AND section = 'MEASUREMENTS'")
			.param("s", this.parent.record().child().value())
			.query(Long.class)
			.single();
		assertThat(measurements).isGreaterThan(RecordReader.PAGE_SIZE);
		WebSession.Page whole = web.open(path("/measurements?size=2000"));
		assertThat(entriesOn(whole)).isEqualTo(measurements);
		assertThat(whole.text()).doesNotContain("Старше");
		assertThat(whole.body()).contains("<option value=\"2000\" selected=\"selected\">");

		WebSession.Page five = web.open(path("/measurements?size=5"));
		assertThat(entriesOn(five)).isEqualTo(5);
		assertThat(five.body()).containsPattern("href=\"[^\"]*page=1[^\"]*size=5\"")
			.as("a size not offered is kept in the choice")
			.contains("<option value=\"5\" selected=\"selected\">");
		assertThat(entriesOn(web.open(path("/measurements?size=5&page=1")))).isEqualTo(5);

		for (String wrong : List.of("0", "-5", "2001", "99999999999", "abc", "1e3")) {
			WebSession.Page page = web.open(path("/measurements?size=" + wrong));
			assertThat(page.status()).as(wrong).isEqualTo(200);
			assertThat(page.text()).as(wrong).contains("Записей на странице — целое число от 1 до");
			assertThat(entriesOn(page)).as(wrong).isEqualTo(RecordReader.PAGE_SIZE);
		}
	}

	/**
	 * The pager's links carry the filter's fields that are filled in and nothing else,
	 * each value encoded whole.
	 */
	@Test
	void thePagerLinksCarryOnlyTheFilledInFields() {
		WebSession web = this.parent.web();
		assertThat(web.open(path("/measurements?from=&to=&clinic=&q=&size=")).body())
			.contains("href=\"" + path("/measurements?page=1") + "\"");
		assertThat(web.open(path("/measurements?from=2000-01-01&to=&page=1&size=5")).body())
			.contains("href=\"" + path("/measurements?from=2000-01-01&amp;size=5") + "\"")
			.contains("href=\"" + path("/measurements?page=2&amp;from=2000-01-01&amp;size=5") + "\"");
		assertThat(RecordController.pageAddress("/records/me", "lab-results", 2,
				new RecordController.FilterForm(null, " ", "", "C++ & co=1 ?#"), 50))
			.isEqualTo("/records/me/lab-results?page=2&q=C%2B%2B%20%26%20co%3D1%20%3F%23&size=50");
	}

	/**
	 * The SpEL compiler is on (mixed mode): an expression runs as bytecode only after a
	 * hundred evaluations. The pages read the same before and after.
	 */
	@Test
	void theRecordPagesReadTheSameOnceTheirExpressionsAreCompiled() {
		WebSession web = this.parent.web();
		List<String> paths = List.of(path(""), path("/visits"), path("/lab-results?size=5"), path("/vaccinations"));
		List<String> first = paths.stream().map((one) -> withoutTokens(web.open(one).body())).toList();
		for (int i = 0; i < 110; i++) {
			for (String one : paths) {
				assertThat(web.get(one).status()).isEqualTo(200);
			}
		}
		for (int i = 0; i < paths.size(); i++) {
			assertThat(withoutTokens(web.open(paths.get(i)).body())).as(paths.get(i)).isEqualTo(first.get(i));
		}
		assertThat(first.get(0)).contains("Орлова Соня Игоревна").contains("Приёмы</dt><dd>25</dd>");
		assertThat(first.get(2)).contains("<option value=\"5\" selected=\"selected\">");
		assertThat(first.get(3)).contains("Influenza");
	}

	/**
	 * The overview is drawn by a compiled template in its own copy of the site's layout
	 * (decision 0008); every other page by Thymeleaf's. The two must not drift apart: the
	 * head, header and footer read the same, markup and all, for a parent (with the
	 * unread badge), in English, and for a clinic's staff with their menu.
	 */
	@Test
	void theOverviewsCompiledLayoutIsTheSitesLayout() {
		WebSession web = this.parent.web();
		assertThat(web.open(path("")).body()).contains("class=\"badge\"");
		assertSameLayout(web.open(path("")).body(), web.open(path("/visits")).body());
		web.post("/language", Map.of("lang", "en", "return", path("")));
		String english = web.open(path("")).body();
		assertThat(english).contains("<html lang=\"en\">").contains("Latest visits");
		assertSameLayout(english, web.open(path("/visits")).body());
		String staff = this.staff.open("/clinic/patients/" + this.parent.child()).body();
		assertThat(staff).contains("/clinic/requests");
		assertSameLayout(staff, this.staff.open("/clinic/patients/" + this.parent.child() + "/visits").body());
	}

	private static void assertSameLayout(String compiled, String thymeleaf) {
		assertThat(layoutOf(compiled)).isEqualTo(layoutOf(thymeleaf));
		assertThat(compiled).contains("<main id=\"main\"").contains("</footer>");
	}

	/**
	 * The page without its title, its content and its tokens, in one line. Thymeleaf
	 * writes an apostrophe in text as {@code &#39;}, jte as it is: the same text.
	 */
	private static String layoutOf(String page) {
		String chrome = page.substring(0, page.indexOf("<main")) + page.substring(page.indexOf("</main>"));
		return withoutTokens(chrome).replace("&#39;", "'")
			.replaceAll("<title>[^<]*</title>", "")
			.replaceAll("name=\"return\" value=\"[^\"]*\"", "name=\"return\"")
			.replaceAll("\\s*/>", ">")
			.replaceAll(">\\s+<", "><")
			.replaceAll("\\s+", " ");
	}

	private static String withoutTokens(String body) {
		return body.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\"");
	}

	private static long entriesOn(WebSession.Page page) {
		String body = page.body();
		int start = body.indexOf("<ul class=\"entries inbox\">");
		String list = body.substring(start, body.indexOf("</ul>", start));
		return list.split("<li>", -1).length - 1;
	}

	@Test
	void othersAreRefusedWithAnAuditRowEachAndARevokedGrantStopsTheNextRequest() {
		AccessWorld.Parent stranger = this.world.parent(this.clinic, LocalDate.of(2014, 1, 1));
		assertThat(stranger.web().get(path("")).status()).isEqualTo(404);
		assertThat(stranger.web().get(path("/visits")).status()).isEqualTo(404);
		assertThat(audits(false)).isEqualTo(2);
		assertThat(this.staff.get(path("")).status()).isEqualTo(404);
		assertThat(audits(false)).isEqualTo(3);

		WebSession web = this.parent.web();
		assertThat(web.get(path("")).status()).isEqualTo(200);
		web.open("/records/requests/" + this.grant);
		web.post("/records/requests/" + this.grant + "/revoke",
				Map.of("version", String.valueOf(this.world.versionOf(this.grant))));
		WebSession.Page refused = web.get(path("/lab-results"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.text()).contains("Доступ к карте не открыт").doesNotContain("норма");
		assertThat(audits(false)).isEqualTo(4);
	}

	@Test
	void theFamilySeesWhoViewedAndTheAuditCannotBeRewritten() {
		WebSession web = this.parent.web();
		web.open(path(""));
		web.open(path("/vaccinations"));
		WebSession.Page views = web.open(path("/views"));
		assertThat(views.text()).contains("Кто просматривал карту")
			.contains("Орлова Вера Павловна")
			.contains("Прививки")
			.contains("Обзор карты");
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE audit_events SET allowed = NOT allowed WHERE child_id = :c")
			.param("c", this.parent.child().value())
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM audit_events WHERE child_id = :c")
			.param("c", this.parent.child().value())
			.update()).hasMessageContaining("append-only");
	}

	@Test
	void thePdfHoldsTheRecordInRussianWithTheNameAndPageNumberOnEveryPage() throws Exception {
		WebSession web = this.parent.web();
		web.open(path(""));
		WebSession.Page pdf = web.get(path("/pdf"));
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.header("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(pdf.header("Content-Disposition").orElse("")).startsWith("attachment").doesNotContain("Орлова");
		byte[] bytes = web.download(path("/pdf"));
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(3);
			org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
			String all = stripper.getText(document);
			assertThat(all).contains("Приёмы и диагнозы")
				.contains("Прививки")
				.contains("Influenza")
				.contains("Сформировано на портале «Медкарта»");
			assertThat(all.replaceAll("\\s+", " ")).as("the vaccination calendar, lines wrapped in table cells")
				.contains("Гепатит B V1 пропущена: срок был 04.04.2015");
			StringBuilder drawn = new StringBuilder();
			new org.apache.pdfbox.text.PDFTextStripper() {
				@Override
				protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> glyphs) {
					glyphs.forEach((glyph) -> drawn.append(glyph.getUnicode()));
				}
			}.getText(document);
			assertThat(drawn).as("Latin words drawn letter by letter: no glyph substitution, no ligature for 'fl'")
				.contains("Influenza")
				.doesNotContain("\uFB02");
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				assertThat(stripper.getText(document)).as("page " + page)
					.contains("Орлова Соня Игоревна, 04.04.2015")
					.contains("Стр. " + page + " из " + document.getNumberOfPages());
			}
		}
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM audit_events WHERE child_id = :c AND section = 'PDF' AND allowed")
					.param("c", this.parent.child().value())
					.query(Long.class)
					.single())
			.as("one row per download, and the test downloaded twice")
			.isEqualTo(2);
		assertThat(web.get(path("/pdf?section=vaccinations")).status()).isEqualTo(200);
		assertThat(web.get(path("/pdf?section=nonsense")).status()).isEqualTo(404);
		AccessWorld.Parent stranger = this.world.parent(this.clinic, LocalDate.of(2014, 1, 1));
		assertThat(stranger.web().get(path("/pdf")).status()).isEqualTo(404);
	}

	@Test
	void aLabTestOverTimeIsDrawnWithItsTableBelow() {
		WebSession web = this.parent.web();
		String code = this.jdbc.sql(
				"SELECT code FROM record_entries WHERE snils = :s AND section = 'LAB_RESULTS' AND details->>'value' IS NOT NULL "
						+ "GROUP BY code ORDER BY count(*) DESC, code LIMIT 1")
			.param("s", this.parent.record().child().value())
			.query(String.class)
			.single();
		WebSession.Page chart = web.open(path("/lab-results/chart?code=" + code));
		assertThat(chart.status()).isEqualTo(200);
		assertThat(chart.body()).contains("<svg").contains("role=\"img\"").contains("<circle").doesNotContain("style=");
		assertThat(chart.body().split("<tr>").length - 2).as("table rows")
			.isEqualTo(this.jdbc
				.sql("SELECT count(*) FROM record_entries WHERE snils = :s AND section = 'LAB_RESULTS' AND code = :c")
				.param("s", this.parent.record().child().value())
				.param("c", code)
				.query(Long.class)
				.single()
				.intValue());
		assertThat(web.get(path("/lab-results/chart?code=no-such-test")).status()).isEqualTo(404);
		assertThat(web.open(path("/lab-results")).body()).contains("/lab-results/chart?code=");
	}

	@Test
	void theClinicsStaffReadTheRecordThroughThePolicyAndTheFamilySeesThem() {
		assertThat(this.staff.open("/clinic/requests/" + this.grant).body())
			.contains("/clinic/patients/" + this.parent.child());
		WebSession.Page record = this.staff.open("/clinic/patients/" + this.parent.child());
		assertThat(record.status()).isEqualTo(200);
		assertThat(record.text()).contains("Орлова Соня Игоревна")
			.contains("Последние приёмы")
			.doesNotContain("Кто просматривал карту");
		assertThat(record.body()).contains("/clinic/patients/" + this.parent.child() + "/visits");
		assertThat(this.staff.get("/clinic/patients/" + this.parent.child() + "/vaccinations").status()).isEqualTo(200);
		assertThat(this.staff.get("/clinic/patients/" + this.parent.child() + "/pdf").status()).isEqualTo(200);
		AccessWorld.Desk other = this.world.clinic("Чужая поликлиника карт");
		WebSession stranger = this.world.signIn(other.staffPhone());
		assertThat(stranger.get("/clinic/patients/" + this.parent.child()).status()).isEqualTo(404);
		assertThat(stranger.get("/clinic/patients/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(this.parent.web().get("/clinic/patients/" + this.parent.child()).status()).isEqualTo(403);
		assertThat(this.jdbc.sql(
				"SELECT count(*) FROM audit_events WHERE child_id = :c AND actor_role = 'CLINIC_STAFF' AND NOT allowed")
			.param("c", this.parent.child().value())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.parent.web().open(path("/views")).text()).contains("сотрудник поликлиники")
			.contains(this.clinic.shortName());
	}

	@Test
	void documentsOpenInlineOrDownloadAndOnlyForTheirChild() throws Exception {
		AccessWorld.Parent other = this.world.parent(null, LocalDate.of(2013, 3, 3));
		assertThat(this.world.importBundle(this.key,
				FhirImportTests
					.withSnils(
							FhirImportTests.SAMPLES.resolve(
									"bulk10-derived-Kasandra729_Shanahan202_bb6a9034-2f23-2508-d29d-35efee156dc9.json"),
							this.parent.record().child().value())
					.toString()))
			.isEqualTo(200);
		WebSession web = this.parent.web();
		String page = web.open(path("/documents")).body();
		String link = page.replaceAll("(?s).*href=\"(/records/children/[^\"]+/documents/[0-9a-f-]{36})\".*", "$1");
		assertThat(link).startsWith(path("/documents/"));
		WebSession.Page inline = web.get(link);
		assertThat(inline.status()).isEqualTo(200);
		assertThat(inline.header("Content-Type").orElse("")).startsWith("text/plain");
		assertThat(inline.header("Content-Disposition").orElse("")).startsWith("inline");
		assertThat(inline.header("Content-Security-Policy").orElse("")).startsWith("sandbox");
		assertThat(web.get(link + "?download=1").header("Content-Disposition").orElse("")).startsWith("attachment");
		String entry = link.substring(link.lastIndexOf('/') + 1);
		assertThat(other.web().get("/records/children/" + other.child() + "/documents/" + entry).status()).isIn(403,
				404);
		assertThat(web.get(path("/documents/" + UUID.randomUUID())).status()).isEqualTo(404);
	}

	@Test
	void theAccountHolderReadsTheirOwnRecordOnceConfirmed() throws Exception {
		String own = this.world.snilsOf(this.parent).replaceAll("[^0-9]", "");
		assertThat(
				this.world.importBundle(this.key,
						FhirImportTests
							.withSnils(
									FhirImportTests.SAMPLES.resolve(
											"nimbus-covid-Les282_Bernier607_4f1ad84a-f8a2-2de6-343d-007efe781585.json"),
									own)
							.toString()))
			.isEqualTo(200);
		WebSession web = this.parent.web();
		assertThat(web.open("/services/records").body()).contains("href=\"/records/me\"");
		WebSession.Page mine = web.open("/records/me");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.text()).contains("Орлова Вера Павловна").contains("Приёмы 13").contains("Прививки 26");
		assertThat(web.get("/records/me/vaccinations").status()).isEqualTo(200);
		assertThat(web.get("/records/me/views").status()).isEqualTo(404);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_events WHERE actor_role = 'SELF' AND subject_snils = :s")
			.param("s", own)
			.query(Long.class)
			.single()).as("the overview and the section; an unknown section is not a view").isEqualTo(2);
		AccessWorld.Parent unconfirmed = this.world.parent(null, LocalDate.of(2016, 1, 1), false);
		WebSession.Page refused = unconfirmed.web().get("/records/me");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.text()).contains("Нужна подтверждённая учётная запись");
	}

}
