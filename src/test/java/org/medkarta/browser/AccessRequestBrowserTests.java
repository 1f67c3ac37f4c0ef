package org.medkarta.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.Role;
import org.medkarta.support.AccessWorld;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;
import org.medkarta.support.Staff;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Access requests in a real browser: the demo parent asks for the demo child's record and
 * the demo clinic grants it; the second parent's consent; a court restriction.
 */
@MedkartaTest
@TestPropertySource(properties = "medkarta.demo-data.enabled=true")
class AccessRequestBrowserTests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	AccessWorld world;

	@BeforeAll
	static void launch() {
		browser = new Browser();
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	@BeforeEach
	void setUp() {
		this.world = new AccessWorld(this.port, this.context);
	}

	private BrowserContext context() {
		return browser.newContext("http://localhost:" + this.port);
	}

	private static Locator card(Page page, String child) {
		return page.locator("li", new Page.LocatorOptions()
			.setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(child))));
	}

	@Test
	void theDemoParentRequestsAccessAndTheDemoClinicGrantsIt() {
		try (BrowserContext family = context(); BrowserContext clinic = context()) {
			Page parent = family.newPage();
			DemoSteps.signIn(parent, family, "+79000000001", DemoSteps.DEMO_PASSWORD);
			parent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Медицинские услуги").setExact(true))
				.click();
			parent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Электронная медицинская карта"))
				.click();
			Locator misha = card(parent, "Кузнецов Миша Андреевич");
			assertThat(misha).containsText("Нет доступа");
			misha.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Запросить доступ")).click();
			assertThat(parent.locator(".flash-success")).containsText("Запрос отправлен в поликлинику");
			assertThat(parent.locator("#main")).containsText("Детская городская поликлиника № 1");
			assertThat(parent.locator("#main")).containsText("Срок ответа");

			Page staff = clinic.newPage();
			DemoSteps.signIn(staff, clinic, "+79000000003", DemoSteps.DEMO_PASSWORD);
			staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Запросы на доступ")).click();
			staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Кузнецов Миша Андреевич")).click();
			assertThat(staff.locator("#main")).containsText("Кузнецова Анна");
			assertThat(staff.locator("#main")).containsText("Подтверждённая");
			DemoSteps.click(staff, "Взять на рассмотрение");
			assertThat(staff.locator(".flash-success")).containsText("Запрос взят на рассмотрение");
			DemoSteps.click(staff, "Открыть доступ");
			assertThat(staff.locator(".flash-success")).containsText("Доступ открыт, родитель уведомлён");

			DemoSteps.eventually(parent, "/notifications", "Доступ к медицинской карте открыт");
			DemoSteps.eventually(parent, "/dev/outbox", "parent@demo.medkarta.ru");
			assertThat(
					parent.locator("tr.outbox-message", new Page.LocatorOptions().setHasText("parent@demo.medkarta.ru"))
						.first())
				.containsText("Доступ к медицинской карте открыт");
			parent.navigate("/services/records");
			assertThat(card(parent, "Кузнецов Миша Андреевич")).containsText("Доступ открыт");
			card(parent, "Кузнецов Миша Андреевич")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Открыть карту"))
				.click();
			assertThat(parent.locator("#main")).containsText("Последние приёмы");
			assertThat((Integer) parent.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
		}
	}

	@Test
	void theClinicAsksForTheSecondParentsConsentAndApprovesOnceGiven() {
		AccessWorld.Desk desk = this.world
			.clinic("Поликлиника браузера " + UUID.randomUUID().toString().substring(0, 4));
		AccessWorld.Parent mother = this.world.parent(desk, LocalDate.of(2013, 4, 5));
		AccessWorld.Parent father = this.world.secondParent(mother);
		mother.web().open("/services/records");
		mother.web().post("/records/children/" + mother.child() + "/request", Map.of());
		UUID id = this.world.requestOf(mother);
		this.clock.advance(Duration.ofSeconds(61));
		try (BrowserContext clinic = context(); BrowserContext home = context()) {
			Page staff = clinic.newPage();
			DemoSteps.signIn(staff, clinic, desk.staffPhone(), org.medkarta.support.Accounts.PASSWORD);
			staff.navigate("/clinic/requests?filter=new");
			staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Орлова Соня Игоревна")).click();
			assertThat(staff.locator("#main")).containsText("Связан с ребёнком на портале");
			DemoSteps.click(staff, "Взять на рассмотрение");
			staff.getByLabel("Что нужно").fill("Нужно согласие отца на доступ матери");
			staff.getByLabel("Нужно согласие второго родителя").check();
			DemoSteps.click(staff, "Запросить сведения");
			assertThat(staff.locator(".flash-success")).containsText("Запрос сведений отправлен родителю");

			Page dad = home.newPage();
			DemoSteps.signIn(dad, home, father.phone(), org.medkarta.support.Accounts.PASSWORD);
			DemoSteps.eventually(dad, "/notifications", "Нужно ваше согласие");
			dad.navigate("/services/records");
			assertThat(card(dad, "Орлова Соня Игоревна")).containsText("Поликлиника просит вашего согласия");
			card(dad, "Орлова Соня Игоревна")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ответить"))
				.click();
			assertThat(dad.locator("#main")).containsText("Нужно согласие отца на доступ матери");
			DemoSteps.click(dad, "Даю согласие");
			assertThat(dad.locator(".flash-success")).containsText("ваше согласие передано в поликлинику");

			staff.reload();
			assertThat(staff.locator("#main")).containsText("Согласие дано");
			DemoSteps.click(staff, "Открыть доступ");
			assertThat(staff.locator(".flash-success")).containsText("Доступ открыт");
		}
		assertThat(this.world.statusOf(id)).isEqualTo("APPROVED");
	}

	@Test
	void aCourtRestrictionRejectsThePendingRequestAndRequestingAgainIsRefused() {
		AccessWorld.Desk desk = this.world.clinic("Поликлиника суда " + UUID.randomUUID().toString().substring(0, 4));
		AccessWorld.Parent mother = this.world.parent(desk, LocalDate.of(2012, 11, 30));
		mother.web().open("/services/records");
		mother.web().post("/records/children/" + mother.child() + "/request", Map.of());
		UUID id = this.world.requestOf(mother);
		String operatorPhone = Staff.create(this.context.getBean(Accounts.class), Role.OPERATOR);
		String guardianSnils = this.world.snilsOf(mother);
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Moscow")));
		this.clock.advance(Duration.ofSeconds(61));
		try (BrowserContext office = context(); BrowserContext home = context()) {
			Page operator = office.newPage();
			DemoSteps.signIn(operator, office, operatorPhone, org.medkarta.support.Accounts.PASSWORD);
			operator.navigate("/operator/restrictions/new");
			operator.getByLabel("СНИЛС ребёнка").fill(mother.record().child().display());
			operator.getByLabel("СНИЛС законного представителя").fill(guardianSnils);
			operator.getByLabel("Ограничение родительских прав (ст. 73–74 СК РФ)").check();
			operator.getByLabel("Суд", new Page.GetByLabelOptions().setExact(true))
				.fill("Хамовнический районный суд города Москвы");
			operator.getByLabel("Номер решения").fill("2-3141/2026");
			operator.getByLabel("Дата решения").fill(today.minusDays(7).toString());
			operator.getByLabel("Действует с").fill(today.toString());
			operator.getByLabel("Решение суда (скан или PDF)")
				.setInputFiles(new FilePayload("reshenie.png", "image/png", AccessWorld.png()));
			DemoSteps.click(operator, "Записать ограничение");
			assertThat(operator.locator(".flash-success")).containsText("Ограничение записано");

			await().until(() -> "REJECTED".equals(this.world.statusOf(id)));
			Page parent = home.newPage();
			DemoSteps.signIn(parent, home, mother.phone(), org.medkarta.support.Accounts.PASSWORD);
			parent.navigate("/services/records");
			Locator sonya = card(parent, "Орлова Соня Игоревна");
			assertThat(sonya).containsText("Доступ ограничен решением суда");
			assertThat(sonya.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Запросить доступ")))
				.hasCount(0);
			sonya.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Подробнее о запросе")).click();
			assertThat(parent.locator("#main")).containsText("Запрос отклонён из-за решения суда");
			assertThat(parent.locator("#main")).containsText("2-3141/2026");
			DemoSteps.eventually(parent, "/notifications", "действует решение суда");
		}
		mother.web().open("/services/records");
		assertThat(mother.web()
			.follow(mother.web().post("/records/children/" + mother.child() + "/request", Map.of()))
			.text()).contains("Доступ ограничен решением суда");
		assertThat(this.world.statusOf(this.world.requestOf(mother))).isEqualTo("REJECTED");
	}

	@Test
	void theDemoParentReadsTheRecordDownloadsItAndSeesWhoViewedIt() throws Exception {
		DemoSteps.demoGrant(this.context, this.port, this.world, this.clock);
		try (BrowserContext family = context()) {
			Page page = family.newPage();
			DemoSteps.signIn(page, family, "+79000000001", DemoSteps.DEMO_PASSWORD);
			page.navigate("/services/records");
			card(page, "Кузнецов Миша Андреевич")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Открыть карту"))
				.click();
			assertThat(page.locator("h1")).hasText("Кузнецов Миша Андреевич");
			assertThat(page.locator("#main")).containsText("Последние приёмы");
			for (String section : java.util.List.of("Приёмы и диагнозы", "Анализы", "Измерения", "Назначения",
					"Прививки", "Документы")) {
				page.locator("nav.record-nav")
					.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(section).setExact(true))
					.click();
				assertThat(page.locator("h1")).hasText(section);
				if (section.equals("Приёмы и диагнозы")) {
					assertThat(page.locator("#main")).containsText("МКБ-10");
				}
			}
			page.locator("nav.record-nav")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Прививки").setExact(true))
				.click();
			page.getByLabel("Поиск по названию").fill("кори");
			DemoSteps.click(page, "Показать");
			assertThat(page.locator("ul.entries li").first()).containsText("кори");
			page.locator("nav.record-nav")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Анализы").setExact(true))
				.click();
			assertThat(page.locator("ul.entries li")).hasCount(20);
			page.getByLabel("Записей на странице").selectOption("100");
			DemoSteps.click(page, "Показать");
			assertThat(page.getByLabel("Записей на странице")).hasValue("100");
			org.assertj.core.api.Assertions.assertThat(page.locator("ul.entries li").count())
				.as("the demo son's lab results, more than a default page, on one page")
				.isBetween(21, 100);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("график")).first().click();
			assertThat(page.locator("svg[role=img] circle").first()).isVisible();
			assertThat(page.locator("table.table tbody tr").first()).isVisible();

			page.navigate("/services/records");
			card(page, "Кузнецов Миша Андреевич")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Открыть карту"))
				.click();
			com.microsoft.playwright.Download pdf = page.waitForDownload(
					() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Скачать PDF")).click());
			byte[] bytes = java.nio.file.Files.readAllBytes(pdf.path());
			assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
			try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
				assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
					.contains("Кузнецов Миша Андреевич, 05.06.2017")
					.contains("Прививки");
			}
			com.microsoft.playwright.Download fhir = page.waitForDownload(
					() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Скачать в формате FHIR"))
						.click());
			assertThat(java.nio.file.Files.readString(fhir.path())).contains("\"resourceType\":\"Bundle\"")
				.contains("34567800399");

			page.locator("nav.record-nav")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Кто просматривал карту"))
				.click();
			assertThat(page.locator("table.table")).containsText("Кузнецова Анна Викторовна");
			assertThat(page.locator("table.table")).containsText("Анализы");
			assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
		}
	}

}
