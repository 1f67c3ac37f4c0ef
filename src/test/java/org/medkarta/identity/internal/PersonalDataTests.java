package org.medkarta.identity.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medkarta.core.Inn;
import org.medkarta.core.IssuerCode;
import org.medkarta.core.PassportNumber;
import org.medkarta.core.PersonName;
import org.medkarta.core.Sex;
import org.medkarta.core.Snils;
import org.medkarta.identity.PersonalData;
import org.medkarta.identity.RegistryEntries;
import org.medkarta.support.Accounts;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.Outbox;
import org.medkarta.support.Phones;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * «Личные данные» and the trust levels of DOMAIN.md §2, through the pages.
 */
@MedkartaTest
class PersonalDataTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegistryEntries registry;

	WebSession web;

	String phone;

	Snils snils;

	@BeforeEach
	void registerAndPutInRegistry() {
		this.phone = Phones.fresh();
		this.web = new WebSession(this.port);
		Accounts.register(this.web, new Outbox(this.jdbc), this.phone, "pd" + this.phone.substring(3) + "@example.ru");
		String nine = this.phone.substring(3);
		this.snils = new Snils(nine + String.format("%02d", Snils.checkFor(nine)));
		String ten = "77" + this.phone.substring(4);
		this.registry.put(new PersonalData(new PersonName("Иванова", "Мария", "Петровна"), LocalDate.of(1990, 5, 17),
				Sex.FEMALE, new PassportNumber("4510", this.phone.substring(6)), LocalDate.of(2010, 6, 1),
				new IssuerCode("770-001"), this.snils, new Inn(ten + Inn.checkDigitsFor(ten))));
	}

	private Map<String, String> form() {
		Map<String, String> form = new HashMap<>();
		form.put("surname", "ИВАНОВА");
		form.put("name", "Мария");
		form.put("patronymic", "Петровна");
		form.put("birthDate", "1990-05-17");
		form.put("sex", "FEMALE");
		form.put("passportSeries", "45 10");
		form.put("passportNumber", this.phone.substring(6));
		form.put("passportIssuedOn", "2010-06-01");
		form.put("issuerCode", "770001");
		form.put("snils", this.snils.display());
		form.put("inn", "");
		return form;
	}

	private String level() {
		return this.jdbc.sql("SELECT trust_level FROM accounts WHERE phone = :p")
			.param("p", this.phone)
			.query(String.class)
			.single();
	}

	@Test
	void matchingDataRaisesTheAccountToStandardAndSaysSo() {
		this.web.open("/profile/personal-data");
		WebSession.Page page = this.web.submit("/profile/personal-data", form());
		assertThat(page.text()).contains("Данные совпали с реестром").contains("стала стандартной");
		assertThat(level()).isEqualTo("STANDARD");
		assertThat(this.web.open("/profile").text()).contains("Стандартная");
		await().untilAsserted(
				() -> assertThat(this.web.open("/notifications").text()).contains("Уровень учётной записи повышен")
					.contains("«Стандартная»"));
	}

	@Test
	void aMismatchNamesTheFieldsAndKeepsTheData() {
		Map<String, String> form = form();
		form.put("passportIssuedOn", "2011-06-01");
		form.put("name", "Марина");
		this.web.open("/profile/personal-data");
		WebSession.Page page = this.web.submit("/profile/personal-data", form);
		assertThat(page.text()).contains("не совпали с реестром")
			.contains("Имя")
			.contains("Дата выдачи паспорта")
			.doesNotContain("Фамилия Дата");
		assertThat(page.body()).contains("value=\"Марина\"");
		assertThat(level()).isEqualTo("SIMPLIFIED");
	}

	@Test
	void anUnknownSnilsSaysSo() {
		Map<String, String> form = form();
		String other = "2" + this.phone.substring(4);
		form.put("snils", other + String.format("%02d", Snils.checkFor(other)));
		this.web.open("/profile/personal-data");
		assertThat(this.web.submit("/profile/personal-data", form).text()).contains("СНИЛС не найден в реестре");
		assertThat(level()).isEqualTo("SIMPLIFIED");
	}

	@Test
	void changingThePassportAfterStandardDropsTheLevel() {
		this.web.open("/profile/personal-data");
		this.web.submit("/profile/personal-data", form());
		assertThat(level()).isEqualTo("STANDARD");
		Map<String, String> changed = form();
		changed.put("passportNumber", "000001");
		this.web.submit("/profile/personal-data", changed);
		assertThat(level()).isEqualTo("SIMPLIFIED");
		await().untilAsserted(
				() -> assertThat(this.web.open("/notifications").text()).contains("Уровень учётной записи понижен"));
		this.web.submit("/profile/personal-data", form());
		assertThat(level()).isEqualTo("STANDARD");
	}

	@Test
	void badInputGetsAMessagePerFieldAndSavesNothing() {
		Map<String, String> form = form();
		form.put("snils", "112-233-445 96");
		form.put("birthDate", "2090-01-01");
		form.put("passportSeries", "45");
		form.put("issuerCode", "77-001");
		form.put("inn", "123456789012");
		form.put("sex", "UNKNOWN");
		form.put("surname", "Иванова2");
		this.web.open("/profile/personal-data");
		WebSession.Page page = this.web.post("/profile/personal-data", form);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Контрольное число СНИЛС не сходится")
			.contains("Дата не может быть в будущем")
			.contains("Серия паспорта — 4 цифры")
			.contains("Код подразделения — в формате 123-456")
			.contains("Контрольные цифры ИНН не сходятся")
			.contains("Укажите пол")
			.contains("Введите фамилию буквами");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM personal_data pd JOIN accounts a ON a.id = pd.account_id "
					+ "WHERE a.phone = :p")
			.param("p", this.phone)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aChildCannotHaveAPassport() {
		Map<String, String> form = form();
		form.put("birthDate", LocalDate.now().minusYears(10).toString());
		this.web.open("/profile/personal-data");
		assertThat(this.web.post("/profile/personal-data", form).text()).contains("Паспорт выдаётся с 14 лет");
	}

	@Test
	void aSnilsBelongsToOneAccount() {
		this.web.open("/profile/personal-data");
		this.web.submit("/profile/personal-data", form());
		WebSession other = new WebSession(this.port);
		String otherPhone = Phones.fresh();
		Accounts.register(other, new Outbox(this.jdbc), otherPhone, "pd2" + otherPhone.substring(3) + "@example.ru");
		other.open("/profile/personal-data");
		assertThat(other.post("/profile/personal-data", form()).text()).contains("уже указан в другой учётной записи");
	}

	@Test
	void theFormNeedsASignedInAccount() {
		assertThat(new WebSession(this.port).get("/profile/personal-data").location()).isEqualTo("/signin");
	}

}
