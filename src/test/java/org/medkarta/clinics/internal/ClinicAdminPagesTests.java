package org.medkarta.clinics.internal;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.clinics.StaffRole;
import org.medkarta.core.PersonName;
import org.medkarta.core.PhoneNumber;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.RegistryEntries;
import org.medkarta.identity.Role;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator registers clinics and manages their staff through the pages.
 */
@MedkartaTest
class ClinicAdminPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Clinics clinics;

	@Autowired
	RegistryEntries registry;

	ClinicsFixture fixture;

	String adminPhone;

	WebSession admin;

	@BeforeEach
	void signInAdministrator() {
		this.fixture = new ClinicsFixture(this.port, this.jdbc, this.accounts, this.clinics);
		this.adminPhone = this.fixture.account(Role.ADMIN);
		this.admin = this.fixture.signIn(this.adminPhone);
	}

	private long clinicsWithOgrn(String ogrn) {
		return this.jdbc.sql("SELECT count(*) FROM clinics WHERE ogrn = :ogrn")
			.param("ogrn", ogrn)
			.query(Long.class)
			.single();
	}

	private WebSession.Page register(Map<String, String> form) {
		this.admin.open("/admin/clinics");
		return this.admin.post("/admin/clinics", form);
	}

	@Test
	void registersAClinicAndListsIt() {
		String ogrn = ClinicsFixture.freshOgrn();
		WebSession.Page done = register(ClinicsFixture.clinicForm("ДГП № 101", ogrn));
		assertThat(done.location()).startsWith("/admin/clinics/");
		UUID id = UUID.fromString(done.location().substring("/admin/clinics/".length()));
		assertThat(this.admin.follow(done).text()).contains("Медицинская организация зарегистрирована")
			.contains("ГБУЗ «ДГП № 101»")
			.contains(ogrn)
			.contains("Москва, ул. Тестовая, д. 2")
			.contains("+7 495 111-22-33")
			.contains("пн–пт 8:00–20:00")
			.contains("Сотрудников пока нет");
		assertThat(this.jdbc.sql("SELECT created_by FROM clinics WHERE id = :id")
			.param("id", id)
			.query(UUID.class)
			.single()).isEqualTo(this.fixture.idOf(this.adminPhone).value());
		assertThat(this.admin.open("/admin/clinics").text()).contains("ДГП № 101").contains(ogrn);
	}

	@Test
	void anOgrnTypedWithSpacesIsKeptAsDigits() {
		String ogrn = ClinicsFixture.freshOgrn();
		String spaced = ogrn.substring(0, 1) + " " + ogrn.substring(1, 3) + " " + ogrn.substring(3, 5) + " "
				+ ogrn.substring(5);
		assertThat(register(ClinicsFixture.clinicForm("ДГП № 102", spaced)).location()).startsWith("/admin/clinics/");
		assertThat(clinicsWithOgrn(ogrn)).isOne();
	}

	@Test
	void aSecondClinicWithTheSameOgrnIsRefused() {
		String ogrn = ClinicsFixture.freshOgrn();
		assertThat(register(ClinicsFixture.clinicForm("ДГП № 103", ogrn)).isRedirect()).isTrue();
		WebSession.Page again = register(ClinicsFixture.clinicForm("Другая поликлиника", ogrn));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.text()).contains("Медицинская организация с этим ОГРН уже зарегистрирована");
		assertThat(again.body()).contains("value=\"Другая поликлиника\"");
		assertThat(clinicsWithOgrn(ogrn)).isOne();
	}

	@Test
	void everyEmptyFieldIsNamed() {
		Map<String, String> form = ClinicsFixture.clinicForm("", "");
		form.replaceAll((field, value) -> "  ");
		WebSession.Page page = register(form);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Исправьте ошибки")
			.contains("Введите полное наименование")
			.contains("Введите краткое наименование")
			.contains("Введите ОГРН")
			.contains("Введите адрес")
			.contains("Введите телефон регистратуры")
			.contains("Введите часы работы");
		assertThat(register(Map.of()).text()).contains("Введите полное наименование").contains("Введите часы работы");
	}

	@Test
	void aWrongOgrnShowsWhatIsWrongWithIt() {
		String ogrn = ClinicsFixture.freshOgrn();
		String wrongCheck = ogrn.substring(0, 12) + ((ogrn.charAt(12) - '0' + 1) % 10);
		WebSession.Page check = register(ClinicsFixture.clinicForm("ДГП № 104", wrongCheck));
		assertThat(check.status()).isEqualTo(200);
		assertThat(check.text()).contains("Контрольная цифра ОГРН не сходится");
		assertThat(register(ClinicsFixture.clinicForm("ДГП № 104", "12345")).text()).contains("ОГРН — 13 цифр");
		assertThat(register(ClinicsFixture.clinicForm("ДГП № 104", "1О27700132195")).text()).contains("ОГРН — 13 цифр");
		assertThat(clinicsWithOgrn(wrongCheck)).isZero();
	}

	@Test
	void hugeFieldsAreRefusedWithTheirLimits() {
		String huge = "W".repeat(100_000);
		Map<String, String> form = ClinicsFixture.clinicForm("", "");
		form.replaceAll((field, value) -> huge);
		WebSession.Page page = register(form);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("не больше 300 символов")
			.contains("не больше 120 символов")
			.contains("не больше 40 символов")
			.contains("не больше 200 символов")
			.contains("ОГРН — 13 цифр")
			.doesNotContain("WWWWWWWWWW");
		Map<String, String> cyrillic = ClinicsFixture.clinicForm("ДГП № 109", ClinicsFixture.freshOgrn());
		cyrillic.put("address", "Щ".repeat(100_000));
		assertThat(register(cyrillic).text()).contains("Слишком длинное значение: не больше 300 символов");
		Map<String, String> justOver = ClinicsFixture.clinicForm("Щ".repeat(121), ClinicsFixture.freshOgrn());
		assertThat(register(justOver).text()).contains("Слишком длинное значение: не больше 120 символов");
		assertThat(clinicsWithOgrn(cyrillic.get("ogrn")) + clinicsWithOgrn(justOver.get("ogrn"))).isZero();
	}

	@Test
	void anUnknownClinicIsNotFoundAndAMalformedIdIsABadRequest() {
		UUID unknown = UUID.randomUUID();
		assertThat(this.admin.get("/admin/clinics/" + unknown).status()).isEqualTo(404);
		assertThat(this.admin.get("/admin/clinics/not-a-clinic").status()).isEqualTo(400);
		this.admin.open("/admin/clinics");
		assertThat(this.admin
			.post("/admin/clinics/" + unknown + "/members", Map.of("phone", "+79001112233", "role", "STAFF"))
			.status()).isEqualTo(404);
		assertThat(this.admin.post("/admin/clinics/12345/members", Map.of()).status()).isEqualTo(400);
		ClinicId clinic = this.fixture.clinic("ДГП № 105");
		assertThat(this.admin.post("/admin/clinics/" + clinic + "/members/" + UUID.randomUUID() + "/remove", Map.of())
			.status()).isEqualTo(404);
		assertThat(this.admin.post("/admin/clinics/" + clinic + "/members/nobody/remove", Map.of()).status())
			.isEqualTo(400);
		assertThat(this.admin.get("/admin/clinics/" + clinic + "/members").location())
			.isEqualTo("/admin/clinics/" + clinic);
	}

	@Test
	void addsMembersByPhoneAndRemovesThem() {
		ClinicId clinic = this.fixture.clinic("ДГП № 106");
		String staff = this.fixture.account(Role.CLINIC_STAFF);
		String head = this.fixture.account(Role.CLINIC_ADMIN);
		String page = "/admin/clinics/" + clinic;
		this.admin.open(page);
		WebSession.Page added = this.admin.post(page + "/members", Map.of("phone",
				new PhoneNumber(staff).display().replace('\u00a0', ' ').replace('\u2011', '-'), "role", "STAFF"));
		assertThat(added.location()).isEqualTo(page);
		assertThat(this.admin.follow(added).text()).contains("Сотрудник добавлен")
			.contains(new PhoneNumber(staff).masked())
			.contains("Личные данные не указаны")
			.doesNotContain(staff.substring(2));
		assertThat(this.fixture.membership(clinic, staff)).isEqualTo("STAFF");
		this.admin.post(page + "/members", Map.of("phone", head, "role", "ADMIN"));
		assertThat(this.fixture.membership(clinic, head)).isEqualTo("ADMIN");
		assertThat(this.admin.open("/admin/clinics").text()).contains("ДГП № 106");
		assertThat(this.jdbc.sql("SELECT count(*) FROM clinic_members WHERE clinic_id = :clinic")
			.param("clinic", clinic.value())
			.query(Long.class)
			.single()).isEqualTo(2);
		this.admin.open(page);
		WebSession.Page removed = this.admin.post(page + "/members/" + this.fixture.idOf(staff) + "/remove", Map.of());
		assertThat(removed.location()).isEqualTo(page);
		assertThat(this.admin.follow(removed).body()).contains("Сотрудник убран из списка")
			.doesNotContain(this.fixture.idOf(staff).toString())
			.contains(this.fixture.idOf(head).toString());
		assertThat(this.fixture.membership(clinic, staff)).isNull();
		assertThat(this.fixture.membership(clinic, head)).isEqualTo("ADMIN");
	}

	@Test
	void aMemberWithPersonalDataIsShownByName() {
		ClinicId clinic = this.fixture.clinic("ДГП № 107");
		String staff = this.fixture.member(clinic, Role.CLINIC_STAFF, StaffRole.STAFF);
		ClinicsFixture.enterPersonalData(this.fixture.signIn(staff), staff, this.registry,
				new PersonName("Сергеева", "Анна", "Викторовна"));
		assertThat(this.admin.open("/admin/clinics/" + clinic).text()).contains("Сергеева Анна Викторовна")
			.contains(new PhoneNumber(staff).masked());
	}

	@Test
	void theRoleRulesAreExplainedAtTheForm() {
		ClinicId clinic = this.fixture.clinic("ДГП № 108");
		String page = "/admin/clinics/" + clinic;
		String staff = this.fixture.account(Role.CLINIC_STAFF);
		String citizen = this.fixture.account(Role.CITIZEN);
		this.admin.open(page);
		assertThat(this.admin.post(page + "/members", Map.of("phone", staff, "role", "ADMIN")).text())
			.contains("с этим телефоном и ролью «Администратор поликлиники»");
		assertThat(this.admin.post(page + "/members", Map.of("phone", citizen, "role", "STAFF")).text())
			.contains("с этим телефоном и ролью «Сотрудник поликлиники»");
		assertThat(this.admin.post(page + "/members", Map.of("phone", "+7 900 000-00-77", "role", "STAFF")).text())
			.contains("Учётной записи с этим телефоном нет");
		assertThat(this.admin.post(page + "/members", Map.of("phone", "12", "role", "STAFF")).text())
			.contains("Введите номер мобильного телефона России");
		assertThat(this.admin.post(page + "/members", Map.of("phone", "", "role", "STAFF")).text())
			.contains("Введите номер мобильного телефона");
		assertThat(this.admin.post(page + "/members", Map.of("phone", staff, "role", "BOSS")).text())
			.contains("Выберите роль");
		WebSession.Page huge = this.admin.post(page + "/members",
				Map.of("phone", "9".repeat(100_000), "role", "Щ".repeat(100_000)));
		assertThat(huge.status()).isEqualTo(200);
		assertThat(huge.text()).contains("Введите номер мобильного телефона России")
			.contains("Выберите роль")
			.doesNotContain("9999999999999");
		assertThat(this.fixture.membership(clinic, staff)).isNull();
		assertThat(this.fixture.membership(clinic, citizen)).isNull();
	}

}
