package org.medkarta.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.medkarta.support.AccessWorld;
import org.medkarta.support.MutableClock;
import org.medkarta.support.WebSession;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the browser tests do again and again with the demo accounts. */
final class DemoSteps {

	static final String DEMO_PASSWORD = "medkarta-demo";

	static final String PARENT = "+79000000001";

	static final String STAFF = "+79000000003";

	private DemoSteps() {
	}

	static void click(Page page, String name) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
	}

	/** The latest code sent to the phone, read from the dev outbox in another tab. */
	static String code(BrowserContext context, String phone) {
		Page outbox = context.newPage();
		outbox.navigate("/dev/outbox");
		String text = outbox.locator("tr.outbox-message", new Page.LocatorOptions().setHasText(phone))
			.first()
			.locator(".message-text")
			.innerText();
		outbox.close();
		Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(text);
		assertThat(code.find()).isTrue();
		return code.group(1);
	}

	static void signIn(Page page, BrowserContext context, String phone, String password) {
		page.navigate("/signin");
		page.getByLabel("Телефон или электронная почта").fill(phone);
		page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill(password);
		click(page, "Продолжить");
		page.getByLabel("Код из SMS").fill(code(context, phone));
		click(page, "Подтвердить");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выйти"))).isVisible();
	}

	/**
	 * Reloads the page until its main part shows the text: the notices come after commit.
	 */
	static void eventually(Page page, String path, String text) {
		await().untilAsserted(() -> {
			page.navigate(path);
			assertThat(page.locator("#main").innerText()).contains(text);
		});
	}

	/** A demo account signed in over plain HTTP, with the demo password. */
	static WebSession signedIn(int port, AccessWorld world, String phone) {
		WebSession web = new WebSession(port);
		web.open("/signin");
		assertThat(web.post("/signin", Map.of("identifier", phone, "password", DEMO_PASSWORD)).location())
			.contains("/signin/code");
		web.open("/signin/code");
		web.post("/signin/code", Map.of("code", world.outbox().lastCodeTo(phone)));
		return web;
	}

	/**
	 * Gives the demo parent a grant for the demo son through the pages, unless a test
	 * already did; the clock moves on a minute before and after, as a phone gets one code
	 * a minute.
	 */
	static void demoGrant(ApplicationContext context, int port, AccessWorld world, MutableClock clock) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		String status = "SELECT count(*) FROM access_requests r JOIN accounts a ON a.id = r.account_id "
				+ "WHERE a.phone = '+79000000001' AND r.status = :status";
		if (jdbc.sql(status).param("status", "APPROVED").query(Long.class).single() > 0) {
			return;
		}
		clock.advance(Duration.ofSeconds(61));
		WebSession parent = signedIn(port, world, PARENT);
		UUID child = jdbc.sql("SELECT id FROM children WHERE snils = '34567800399'").query(UUID.class).single();
		parent.open("/services/records");
		parent.post("/records/children/" + child + "/request", Map.of());
		UUID request = jdbc
			.sql("SELECT r.id FROM access_requests r JOIN accounts a ON a.id = r.account_id "
					+ "WHERE a.phone = '+79000000001' ORDER BY r.submitted_at DESC LIMIT 1")
			.query(UUID.class)
			.single();
		WebSession staff = signedIn(port, world, STAFF);
		for (String action : List.of("take", "approve")) {
			staff.open("/clinic/requests/" + request);
			staff.post("/clinic/requests/" + request,
					Map.of("version", String.valueOf(world.versionOf(request)), "action", action, "text", ""));
		}
		assertThat(world.statusOf(request)).isEqualTo("APPROVED");
		clock.advance(Duration.ofSeconds(61));
	}

}
