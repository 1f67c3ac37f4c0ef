package org.medkarta.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medkarta.support.AccessWorld;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An extract in a real browser: the demo parent asks for one of the last two years from
 * the demo son's record, the demo clinic's staff prepare and sign it off, the parent is
 * told, downloads the PDF and its text holds the visits of the period and not an older
 * one.
 */
@MedkartaTest
@TestPropertySource(properties = "medkarta.demo-data.enabled=true")
class ExtractsBrowserTests {

	private static final String MISHA = "Кузнецов Миша Андреевич";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void launch() {
		browser = new Browser();
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	private BrowserContext context() {
		return browser.newContext("http://localhost:" + this.port);
	}

	private Map<String, Object> visit(String where, LocalDate day) {
		return this.jdbc
			.sql("SELECT title, occurred_at FROM record_entries WHERE snils = '34567800399' AND section = 'VISITS' "
					+ "AND occurred_at " + where + " :day ORDER BY occurred_at DESC LIMIT 1")
			.param("day", java.sql.Timestamp.from(day.atStartOfDay(ZoneId.of("Europe/Moscow")).toInstant()))
			.query()
			.singleRow();
	}

	private static String day(Object timestamp) {
		Instant at = ((java.sql.Timestamp) timestamp).toInstant();
		return DAY.format(at.atZone(ZoneId.of("Europe/Moscow")));
	}

	@Test
	void theDemoParentAsksTheClinicSignsAndTheParentDownloadsTheVisitsOfThePeriod() throws Exception {
		AccessWorld world = new AccessWorld(this.port, this.context);
		DemoSteps.demoGrant(this.context, this.port, world, this.clock);
		this.clock.advance(Duration.ofSeconds(61));
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Moscow")));
		LocalDate from = today.minusYears(2);
		Map<String, Object> inside = visit(">=", from);
		Map<String, Object> before = visit("<", from);
		try (BrowserContext family = context(); BrowserContext clinic = context()) {
			Page parent = family.newPage();
			DemoSteps.signIn(parent, family, DemoSteps.PARENT, DemoSteps.DEMO_PASSWORD);
			parent.navigate("/services/records");
			parent
				.locator("li",
						new Page.LocatorOptions()
							.setHas(parent.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(MISHA))))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Открыть карту"))
				.click();
			parent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Запросить выписку")).click();
			parent.getByLabel("С какого дня").fill(from.toString());
			parent.getByLabel("По какой день").fill(today.toString());
			parent.getByLabel("Для лагеря").check();
			parent.getByLabel("Комментарий для поликлиники").fill("Летний лагерь, нужна информация о прививках");
			DemoSteps.click(parent, "Отправить запрос");
			assertThat(parent.locator(".flash-success")).containsText("Запрос отправлен в поликлинику");
			assertThat(parent.locator("#main")).containsText("Отправлен в поликлинику");
			String number = parent.locator("h1").innerText().replaceAll("\\D", "");

			Page staff = clinic.newPage();
			DemoSteps.signIn(staff, clinic, DemoSteps.STAFF, DemoSteps.DEMO_PASSWORD);
			staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Запросы выписок")).click();
			assertThat(staff.locator("#main table")).containsText(MISHA);
			staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number).setExact(true)).click();
			assertThat(staff.locator("#main")).containsText("Для лагеря");
			DemoSteps.click(staff, "Подготовить выписку");
			assertThat(staff.locator(".flash-success")).containsText("Проект выписки готов");
			assertThat(
					staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Открыть проект выписки (PDF)")))
				.isVisible();
			DemoSteps.click(staff, "Подписать и отправить");
			assertThat(staff.locator(".flash-success")).containsText("Выписка подписана");

			DemoSteps.eventually(parent, "/notifications", "Выписка готова");
			parent.navigate("/extracts");
			parent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Выписка № " + number)).click();
			assertThat(parent.locator("#main")).containsText("Готова");
			Download download = parent.waitForDownload(
					() -> parent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Скачать выписку (PDF)"))
						.click());
			byte[] bytes = Files.readAllBytes(download.path());
			Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(Path.of("target", "screenshots", "extract.pdf"), bytes);
			try (PDDocument document = Loader.loadPDF(bytes)) {
				String text = new PDFTextStripper().getText(document).replace('\n', ' ');
				assertThat(text).contains("Выписка из медицинской карты № " + number)
					.contains(MISHA)
					.contains("Период: с " + from.format(DAY) + " по " + today.format(DAY))
					.contains("Назначение: Для лагеря")
					.contains((String) inside.get("title"))
					.contains(day(inside.get("occurred_at")))
					.doesNotContain(day(before.get("occurred_at")) + " " + before.get("title"))
					.contains("подписал(а): Смирнова Елена Павловна");
			}
			assertThat((Integer) parent.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
		}
	}

}
