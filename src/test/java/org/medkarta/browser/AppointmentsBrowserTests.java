package org.medkarta.browser;

import java.nio.file.Path;
import java.time.Duration;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medkarta.support.AccessWorld;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking in a real browser: the demo parent books the demo son in with the
 * paediatrician, sees the visit on his record's overview and cancels it; the demo
 * clinic's staff see the booking appear on the day's list and go.
 */
@MedkartaTest
@TestPropertySource(properties = "medkarta.demo-data.enabled=true")
class AppointmentsBrowserTests {

	private static final String MISHA = "Кузнецов Миша Андреевич";

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

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

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "appointments-" + name + ".png")));
	}

	private static void link(Page page, String name) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
	}

	@Test
	void theDemoParentBooksSeesTheVisitOnTheRecordAndCancelsWhileStaffWatch() {
		AccessWorld world = new AccessWorld(this.port, this.context);
		DemoSteps.demoGrant(this.context, this.port, world, this.clock);
		this.clock.advance(Duration.ofSeconds(61));
		try (BrowserContext family = context(); BrowserContext clinic = context()) {
			Page parent = family.newPage();
			DemoSteps.signIn(parent, family, DemoSteps.PARENT, DemoSteps.DEMO_PASSWORD);
			link(parent, "Медицинские услуги");
			parent.locator("ul.tiles")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Запись к врачу"))
				.click();
			Locator misha = parent.locator(".card", new Page.LocatorOptions()
				.setHas(parent.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(MISHA))));
			misha.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Записаться к врачу")).click();
			link(parent, "Педиатр");
			parent.locator("#step-doctor a").first().click();
			Locator lastDay = parent.locator("#step-day a").last();
			String day = lastDay.getAttribute("href").replaceAll(".*day=([0-9-]{10}).*", "$1");
			lastDay.click();
			String time = parent.locator("#step-time a").first().innerText();
			parent.locator("#step-time a").first().click();
			assertThat(parent.locator("#step-confirm")).containsText(MISHA);
			assertThat(parent.locator("#step-confirm")).containsText(time);
			screenshot(parent, "confirm");
			DemoSteps.click(parent, "Подтвердить запись");
			assertThat(parent.locator(".flash-success")).containsText("Вы записаны");
			assertThat(misha).containsText(time);
			screenshot(parent, "list");
			assertThat((Integer) parent.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);

			parent.navigate("/services/records");
			parent
				.locator("li",
						new Page.LocatorOptions()
							.setHas(parent.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(MISHA))))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Открыть карту"))
				.click();
			assertThat(parent.locator("#bookings")).containsText("Педиатр");
			assertThat(parent.locator("#bookings")).containsText(time);
			screenshot(parent, "record-overview");

			Page staff = clinic.newPage();
			DemoSteps.signIn(staff, clinic, DemoSteps.STAFF, DemoSteps.DEMO_PASSWORD);
			link(staff, "Записи на приём");
			staff.getByLabel("День").fill(day);
			DemoSteps.click(staff, "Показать");
			assertThat(staff.locator("#main table")).containsText(MISHA);
			assertThat(staff.locator("#main table")).containsText(time);
			screenshot(staff, "staff-day");
			assertThat((Integer) staff.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);

			parent.navigate("/appointments");
			misha.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Отменить запись на")).click();
			assertThat(parent.locator(".flash-success")).containsText("Запись отменена");
			assertThat(misha).containsText("Записей к врачу нет");

			staff.reload();
			assertThat(staff.locator("#main")).not().containsText(MISHA);
		}
	}

}
