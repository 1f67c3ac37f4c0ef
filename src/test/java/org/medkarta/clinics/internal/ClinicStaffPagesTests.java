package org.medkarta.clinics.internal;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.clinics.StaffRole;
import org.medkarta.core.PhoneNumber;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.Role;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clinic administrator manages the staff of their own clinic at {@code /clinic/staff},
 * and nothing of any other clinic.
 */
@MedkartaTest
class ClinicStaffPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Clinics clinics;

	ClinicsFixture fixture;

	ClinicId own;

	ClinicId other;

	String headPhone;

	WebSession head;

	@BeforeEach
	void clinicWithItsAdministrator() {
		this.fixture = new ClinicsFixture(this.port, this.jdbc, this.accounts, this.clinics);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.own = this.fixture.clinic("Своя " + suffix);
		this.other = this.fixture.clinic("Чужая " + suffix);
		this.headPhone = this.fixture.member(this.own, Role.CLINIC_ADMIN, StaffRole.ADMIN);
		this.head = this.fixture.signIn(this.headPhone);
	}

	private String base(ClinicId clinic) {
		return "/clinic/staff/" + clinic;
	}

	@Test
	void theAdministratorSeesOnlyTheirOwnClinic() {
		String stranger = this.fixture.member(this.other, Role.CLINIC_STAFF, StaffRole.STAFF);
		WebSession.Page page = this.head.get("/clinic/staff");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Сотрудники поликлиники")
			.contains("Своя ")
			.contains(new PhoneNumber(this.headPhone).masked())
			.contains("Это вы")
			.doesNotContain("Чужая ");
		assertThat(page.body()).doesNotContain(this.other.toString())
			.doesNotContain(this.fixture.idOf(stranger).toString());
	}

	@Test
	void anotherClinicIsNotFound() {
		String stranger = this.fixture.member(this.other, Role.CLINIC_STAFF, StaffRole.STAFF);
		String newcomer = this.fixture.account(Role.CLINIC_STAFF);
		this.head.open("/clinic/staff");
		assertThat(this.head.post(base(this.other) + "/members", Map.of("phone", newcomer, "role", "STAFF")).status())
			.isEqualTo(404);
		assertThat(this.head.post(base(this.other) + "/members/" + this.fixture.idOf(stranger) + "/remove", Map.of())
			.status()).isEqualTo(404);
		assertThat(this.head.get(base(this.other) + "/members").status()).isEqualTo(404);
		assertThat(
				this.head.post(base(new ClinicId(UUID.randomUUID())) + "/members", Map.of("phone", newcomer)).status())
			.isEqualTo(404);
		assertThat(this.fixture.membership(this.other, newcomer)).isNull();
		assertThat(this.fixture.membership(this.other, stranger)).isEqualTo("STAFF");
	}

	@Test
	void malformedIdsAreBadRequests() {
		this.head.open("/clinic/staff");
		assertThat(this.head.post("/clinic/staff/not-a-clinic/members", Map.of()).status()).isEqualTo(400);
		assertThat(this.head.post(base(this.own) + "/members/someone/remove", Map.of()).status()).isEqualTo(400);
		assertThat(this.head.post(base(this.own) + "/members/" + UUID.randomUUID() + "/remove", Map.of()).status())
			.isEqualTo(404);
	}

	@Test
	void theAdministratorAddsAndRemovesStaff() {
		String nurse = this.fixture.account(Role.CLINIC_STAFF);
		this.head.open("/clinic/staff");
		WebSession.Page added = this.head.post(base(this.own) + "/members", Map.of("phone", nurse, "role", "STAFF"));
		assertThat(added.location()).isEqualTo("/clinic/staff");
		assertThat(this.head.follow(added).text()).contains("Сотрудник добавлен")
			.contains(new PhoneNumber(nurse).masked());
		assertThat(this.fixture.membership(this.own, nurse)).isEqualTo("STAFF");
		WebSession.Page removed = this.head.post(base(this.own) + "/members/" + this.fixture.idOf(nurse) + "/remove",
				Map.of());
		assertThat(removed.location()).isEqualTo("/clinic/staff");
		assertThat(this.head.follow(removed).text()).contains("Сотрудник убран из списка");
		assertThat(this.fixture.membership(this.own, nurse)).isNull();
	}

	@Test
	void theRoleRulesHoldForClinicAdministratorsToo() {
		String nurse = this.fixture.account(Role.CLINIC_STAFF);
		String citizen = this.fixture.account(Role.CITIZEN);
		this.head.open("/clinic/staff");
		assertThat(this.head.post(base(this.own) + "/members", Map.of("phone", nurse, "role", "ADMIN")).text())
			.contains("с этим телефоном и ролью «Администратор поликлиники»");
		assertThat(this.head.post(base(this.own) + "/members", Map.of("phone", citizen, "role", "STAFF")).text())
			.contains("с этим телефоном и ролью «Сотрудник поликлиники»");
		assertThat(this.head.post(base(this.own) + "/members", Map.of("phone", "+7 900 000-00-77", "role", "STAFF"))
			.text()).contains("с этим телефоном и ролью «Сотрудник поликлиники»")
			.doesNotContain("Учётной записи с этим телефоном нет");
		WebSession.Page empty = this.head.post(base(this.own) + "/members", Map.of("phone", " ", "role", ""));
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.text()).contains("Введите номер мобильного телефона").contains("Выберите роль");
		assertThat(this.fixture.membership(this.own, nurse)).isNull();
		assertThat(this.fixture.membership(this.own, citizen)).isNull();
	}

	@Test
	void noAdministratorRemovesThemselvesOrChangesTheirOwnRole() {
		this.head.open("/clinic/staff");
		WebSession.Page removal = this.head
			.post(base(this.own) + "/members/" + this.fixture.idOf(this.headPhone) + "/remove", Map.of());
		assertThat(removal.status()).isEqualTo(200);
		assertThat(removal.text()).contains("Изменить свою роль или убрать себя нельзя");
		WebSession.Page demotion = this.head.post(base(this.own) + "/members",
				Map.of("phone", this.headPhone, "role", "STAFF"));
		assertThat(demotion.text()).contains("Изменить свою роль или убрать себя нельзя");
		assertThat(this.fixture.membership(this.own, this.headPhone)).isEqualTo("ADMIN");
		assertThat(this.head.get("/clinic/staff").body()).doesNotContain(this.fixture.idOf(this.headPhone) + "/remove");
	}

	@Test
	void anotherAdministratorOfTheClinicMayRemoveThisOne() {
		String deputy = this.fixture.account(Role.CLINIC_ADMIN);
		this.head.open("/clinic/staff");
		this.head.post(base(this.own) + "/members", Map.of("phone", deputy, "role", "ADMIN"));
		assertThat(this.fixture.membership(this.own, deputy)).isEqualTo("ADMIN");
		WebSession deputyWeb = this.fixture.signIn(deputy);
		deputyWeb.open("/clinic/staff");
		assertThat(
				deputyWeb.post(base(this.own) + "/members/" + this.fixture.idOf(this.headPhone) + "/remove", Map.of())
					.location())
			.isEqualTo("/clinic/staff");
		assertThat(this.fixture.membership(this.own, this.headPhone)).isNull();
		assertThat(this.head.get("/clinic/staff").text()).contains("Вы не администратор ни одной поликлиники");
		assertThat(this.head.post(base(this.own) + "/members", Map.of("phone", deputy, "role", "STAFF")).status())
			.isEqualTo(404);
	}

	@Test
	void staffWithoutAdministratorMembershipAreRefused() {
		String nurse = this.fixture.member(this.own, Role.CLINIC_STAFF, StaffRole.STAFF);
		WebSession web = this.fixture.signIn(nurse);
		assertThat(web.get("/clinic/staff").status()).isEqualTo(403);
		web.open("/profile");
		assertThat(web.post(base(this.own) + "/members", Map.of("phone", nurse, "role", "ADMIN")).status())
			.isEqualTo(403);
		assertThat(web.post(base(this.own) + "/members/" + this.fixture.idOf(this.headPhone) + "/remove", Map.of())
			.status()).isEqualTo(403);
		assertThat(this.fixture.membership(this.own, this.headPhone)).isEqualTo("ADMIN");
	}

	@Test
	void aClinicAdministratorOfNoClinicSeesNone() {
		WebSession web = this.fixture.signIn(this.fixture.account(Role.CLINIC_ADMIN));
		WebSession.Page page = web.get("/clinic/staff");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Вы не администратор ни одной поликлиники").doesNotContain("Своя ");
		assertThat(web.post(base(this.own) + "/members", Map.of("phone", this.headPhone, "role", "STAFF")).status())
			.isEqualTo(404);
	}

}
