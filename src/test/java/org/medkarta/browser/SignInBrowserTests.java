package org.medkarta.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.Phones;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in a real browser, 360 px wide, reading codes from {@code /dev/outbox}.
 */
@MedkartaTest
class SignInBrowserTests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.medkarta.support.MutableClock clock;

	@BeforeAll
	static void launch() {
		browser = new Browser();
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	/** The code in the newest SMS to a number, as the outbox page shows it. */
	private static String codeFromOutbox(BrowserContext context, String phone) {
		Page outbox = context.newPage();
		outbox.navigate("/dev/outbox");
		String text = outbox.locator("tr.outbox-message", new Page.LocatorOptions().setHasText(phone))
			.first()
			.locator(".message-text")
			.innerText();
		outbox.close();
		java.util.regex.Matcher code = java.util.regex.Pattern.compile("\\b(\\d{6})\\b").matcher(text);
		assertThat(code.find()).as("a code in: " + text).isTrue();
		return code.group(1);
	}

	@Test
	void registersConfirmsSignsOutSignsInSwitchesLanguageAndSignsOut() {
		String phone = Phones.fresh();
		String password = "тихий вечер в саду";
		try (BrowserContext context = browser.newContext("http://localhost:" + this.port)) {
			Page page = context.newPage();
			page.navigate("/");
			page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Зарегистрироваться"))
				.first()
				.click();
			page.getByLabel("Мобильный телефон").fill(phone.replace("+7", "8 "));
			page.getByLabel("Электронная почта").fill("browser" + phone.substring(3) + "@example.ru");
			page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill(password);
			page.getByLabel("Пароль ещё раз").fill(password);
			page.getByLabel("Я согласен(на) на обработку персональных данных").check();
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Продолжить"))
				.click();
			assertThat(page.locator("h1")).hasText("Подтверждение телефона");
			page.getByLabel("Код из SMS").fill(codeFromOutbox(context, phone));
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Подтвердить"))
				.click();
			assertThat(page.locator(".flash-success")).containsText("учётная запись создана");
			assertThat(page.locator(".main-nav")).containsText("Уведомления");

			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Выйти"))
				.click();
			assertThat(page.locator("h1")).hasText("Вы вышли");

			this.clock.advance(java.time.Duration.ofSeconds(61));
			page.navigate("/signin");
			page.getByLabel("Телефон или электронная почта").fill(phone);
			page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill(password);
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Продолжить"))
				.click();
			assertThat(page.locator("h1")).hasText("Код из SMS");
			page.getByLabel("Код из SMS").fill(codeFromOutbox(context, phone));
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Подтвердить"))
				.click();
			assertThat(page.locator(".main-nav")).containsText("Медицинские услуги");

			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("English"))
				.click();
			assertThat(page.locator(".main-nav")).containsText("Medical services");
			page.navigate("/profile");
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("Profile").setLevel(1)))
				.isVisible();
			assertThat(page.locator("html")).hasAttribute("lang", "en");
			Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
			assertThat(((Number) scrollWidth).intValue()).as("no sideways scrolling at 360 px")
				.isLessThanOrEqualTo(360);

			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Sign out"))
				.click();
			assertThat(page.locator("h1")).hasText("Signed out");
			page.navigate("/profile");
			assertThat(page.locator("h1")).hasText("Sign in");
		}
	}

	@Test
	void sixWrongCodesVoidTheCodeAndTheErrorSummaryLeadsToTheField() {
		String phone = Phones.fresh();
		try (BrowserContext context = browser.newContext("http://localhost:" + this.port)) {
			Page page = context.newPage();
			page.navigate("/register");
			page.getByLabel("Мобильный телефон").fill(phone);
			page.getByLabel("Электронная почта").fill("wrong" + phone.substring(3) + "@example.ru");
			page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill("тихий вечер в саду");
			page.getByLabel("Пароль ещё раз").fill("тихий вечер в саду");
			page.getByLabel("Я согласен(на) на обработку персональных данных").check();
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Продолжить"))
				.click();
			String code = codeFromOutbox(context, phone);
			String wrong = code.equals("000000") ? "111111" : "000000";
			for (int attempt = 1; attempt <= 6; attempt++) {
				page.getByLabel("Код из SMS").fill(wrong);
				page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
						new Page.GetByRoleOptions().setName("Подтвердить"))
					.click();
				if (attempt < 5) {
					assertThat(page.locator(".error-summary")).containsText("Осталось попыток: " + (5 - attempt));
					assertThat(page.locator("#error-summary")).isFocused();
				}
			}
			assertThat(page.locator(".error-summary")).containsText("Нет действующего кода");
			page.locator(".error-summary a").first().click();
			assertThat(page.getByLabel("Код из SMS")).isFocused();
			page.getByLabel("Код из SMS").fill(code);
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Подтвердить"))
				.click();
			assertThat(page.locator(".error-summary")).containsText("Нет действующего кода");
		}
	}

}
