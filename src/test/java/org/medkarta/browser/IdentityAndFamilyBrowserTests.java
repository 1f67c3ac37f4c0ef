package org.medkarta.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medkarta.core.BirthCertificateNumber;
import org.medkarta.core.EmailAddress;
import org.medkarta.core.IssuerCode;
import org.medkarta.core.PassportNumber;
import org.medkarta.core.PersonName;
import org.medkarta.core.PhoneNumber;
import org.medkarta.core.Sex;
import org.medkarta.core.Snils;
import org.medkarta.family.BirthRecord;
import org.medkarta.family.BirthRecords;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.PersonalData;
import org.medkarta.identity.RegistryEntries;
import org.medkarta.identity.Role;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;
import org.medkarta.support.Phones;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent proves who they are and links a child; an operator confirms or rejects, all in
 * a real browser.
 */
@MedkartaTest
class IdentityAndFamilyBrowserTests {

	private static final String PASSWORD = "тихий вечер в саду";

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	RegistryEntries registry;

	@Autowired
	BirthRecords births;

	@Autowired
	Accounts accounts;

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

	private static Snils snils(String nine) {
		return new Snils(nine + String.format("%02d", Snils.checkFor(nine)));
	}

	private static byte[] scan() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private void register(Page page, BrowserContext context, String phone) {
		page.navigate("/register");
		page.getByLabel("Мобильный телефон").fill(phone);
		page.getByLabel("Электронная почта").fill("b3" + phone.substring(3) + "@example.ru");
		page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
		page.getByLabel("Пароль ещё раз").fill(PASSWORD);
		page.getByLabel("Я согласен(на) на обработку персональных данных").check();
		DemoSteps.click(page, "Продолжить");
		page.getByLabel("Код из SMS").fill(DemoSteps.code(context, phone));
		DemoSteps.click(page, "Подтвердить");
		assertThat(page.locator(".flash-success")).containsText("учётная запись создана");
	}

	private void enterPersonalData(Page page, PersonalData data) {
		page.navigate("/profile");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Личные данные")).click();
		page.getByLabel("Фамилия").fill(data.name().surname());
		page.getByLabel("Имя", new Page.GetByLabelOptions().setExact(true)).fill(data.name().name());
		page.getByLabel("Отчество").fill(data.name().patronymic());
		page.getByLabel("Дата рождения").fill(data.birthDate().toString());
		page.getByLabel("Женский").check();
		page.getByLabel("Серия паспорта").fill(data.passport().series());
		page.getByLabel("Номер паспорта").fill(data.passport().number());
		page.getByLabel("Дата выдачи паспорта").fill(data.passportIssuedOn().toString());
		page.getByLabel("Код подразделения").fill(data.issuerCode().value());
		page.getByLabel("СНИЛС").fill(data.snils().display());
		DemoSteps.click(page, "Сохранить и проверить");
		assertThat(page.locator(".flash-success")).containsText("стала стандартной");
	}

	private String operator() {
		String phone = Phones.fresh();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					new CurrentAccount(new AccountId(UUID.randomUUID()), Set.of(Role.ADMIN)), null,
					List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			this.accounts.create(new Accounts.NewAccount(new PhoneNumber(phone),
					EmailAddress.of("bop" + phone.substring(3) + "@example.ru"), Set.of(Role.OPERATOR), PASSWORD));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return phone;
	}

	private void signIn(Page page, BrowserContext context, String phone) {
		page.navigate("/signin");
		page.getByLabel("Телефон или электронная почта").fill(phone);
		page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
		DemoSteps.click(page, "Продолжить");
		page.getByLabel("Код из SMS").fill(DemoSteps.code(context, phone));
		DemoSteps.click(page, "Подтвердить");
	}

	private void addChild(Page page, BirthRecord child) throws IOException {
		page.navigate("/family");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Добавить ребёнка")).click();
		page.getByLabel("Фамилия").fill(child.name().surname());
		page.getByLabel("Имя", new Page.GetByLabelOptions().setExact(true)).fill(child.name().name());
		page.getByLabel("Отчество").fill(child.name().patronymic());
		page.getByLabel("Дата рождения").fill(child.birthDate().toString());
		page.getByLabel("СНИЛС ребёнка").fill(child.child().display());
		page.getByLabel("Серия свидетельства о рождении").fill(child.certificate().series());
		page.getByLabel("Номер свидетельства о рождении").fill(child.certificate().number());
		page.getByLabel("Дата выдачи свидетельства").fill(child.birthDate().plusDays(10).toString());
		page.getByLabel("Свидетельство о рождении (скан или фото)")
			.setInputFiles(new FilePayload("svidetelstvo.png", "image/png", scan()));
		DemoSteps.click(page, "Добавить ребёнка");
	}

	private PersonalData parentData(String phone, Snils snils) {
		PersonalData data = new PersonalData(new PersonName("Громова", "Вера", "Павловна"), LocalDate.of(1989, 7, 4),
				Sex.FEMALE, new PassportNumber("4511", phone.substring(6)), LocalDate.of(2009, 8, 1),
				new IssuerCode("770-020"), snils, null);
		this.registry.put(data);
		return data;
	}

	@Test
	void aParentIsConfirmedByAnOperatorAndTheChildIsVerifiedAtOnce() throws IOException {
		String phone = Phones.fresh();
		Snils parentSnils = snils("6" + phone.substring(4));
		PersonalData parent = parentData(phone, parentSnils);
		BirthRecord child = new BirthRecord(snils("5" + phone.substring(4)), new PersonName("Громов", "Лев", "Ильич"),
				LocalDate.of(2018, 2, 14), new BirthCertificateNumber("III-МЮ", "101202"), parentSnils, null);
		this.births.put(child);
		String operator = operator();
		try (BrowserContext citizen = browser.newContext("http://localhost:" + this.port);
				BrowserContext office = browser.newContext("http://localhost:" + this.port)) {
			Page page = citizen.newPage();
			register(page, citizen, phone);
			enterPersonalData(page, parent);
			page.navigate("/profile");
			page.getByLabel("Фото или скан паспорта (разворот с фотографией)")
				.setInputFiles(new FilePayload("passport.png", "image/png", scan()));
			DemoSteps.click(page, "Отправить на проверку");
			assertThat(page.locator(".flash-success")).containsText("Паспорт отправлен на проверку");

			Page op = office.newPage();
			signIn(op, office, operator);
			op.navigate("/operator");
			op.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Громова Вера Павловна")).click();
			assertThat(op.locator("img.document-preview")).isVisible();
			DemoSteps.click(op, "Подтвердить личность");
			assertThat(op.locator(".flash-success")).containsText("Личность подтверждена");

			page.navigate("/profile");
			assertThat(page.locator("#main")).containsText("Подтверждённая");
			page.navigate("/notifications");
			assertThat(page.locator("#main")).containsText("Оператор подтвердил ваш паспорт");

			addChild(page, child);
			assertThat(page.locator(".flash-success")).containsText("родство подтверждено");
			assertThat(page.locator("#main")).containsText("Громов Лев Ильич");
			assertThat(page.locator("#main")).containsText("Родство подтверждено");
		}
	}

	@Test
	void aChildWhoseRecordNamesOthersIsRejectedByAnOperatorWithAReason() throws IOException {
		String phone = Phones.fresh();
		PersonalData parent = parentData(phone, snils("7" + phone.substring(4)));
		BirthRecord child = new BirthRecord(snils("8" + phone.substring(4)), new PersonName("Громов", "Пётр", "Ильич"),
				LocalDate.of(2014, 9, 9), new BirthCertificateNumber("V-МЮ", "303404"), snils("9" + phone.substring(4)),
				null);
		this.births.put(child);
		String operator = operator();
		try (BrowserContext citizen = browser.newContext("http://localhost:" + this.port);
				BrowserContext office = browser.newContext("http://localhost:" + this.port)) {
			Page page = citizen.newPage();
			register(page, citizen, phone);
			enterPersonalData(page, parent);
			addChild(page, child);
			assertThat(page.locator(".flash-success")).containsText("Документы проверит оператор");

			this.clock.advance(Duration.ofSeconds(61));
			Page op = office.newPage();
			signIn(op, office, operator);
			op.navigate("/operator?kind=kinship");
			op.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Громова Вера Павловна")).click();
			assertThat(op.locator("#main")).containsText("Запись называет других родителей");
			op.getByLabel("Причина").fill("Свидетельство выдано на другую мать");
			DemoSteps.click(op, "Отклонить");
			assertThat(op.locator(".flash-success")).containsText("Проверка отклонена");

			page.navigate("/family");
			assertThat(page.locator("#main")).containsText("Родство не подтверждено");
			assertThat(page.locator("#main")).containsText("Свидетельство выдано на другую мать");
		}
	}

}
