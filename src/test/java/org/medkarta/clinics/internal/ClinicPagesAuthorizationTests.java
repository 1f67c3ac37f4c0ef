package org.medkarta.clinics.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.clinics.StaffRole;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.Role;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's clinic pages are for administrators only, the clinic staff page for
 * clinic administrators only; visitors are sent to sign in, and a form posted without its
 * CSRF token changes nothing.
 */
@MedkartaTest
class ClinicPagesAuthorizationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Clinics clinics;

	private ClinicsFixture fixture() {
		return new ClinicsFixture(this.port, this.jdbc, this.accounts, this.clinics);
	}

	private static List<String> adminPages(ClinicId clinic) {
		return List.of("/admin/clinics", "/admin/clinics/" + clinic, "/admin/clinics/" + UUID.randomUUID());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "CITIZEN", "OPERATOR", "CLINIC_STAFF", "CLINIC_ADMIN" })
	void theAdministratorsPagesAreRefusedToOtherRoles(Role role) {
		ClinicsFixture fixture = fixture();
		ClinicId clinic = fixture.clinic("Закрытая " + role);
		WebSession web = fixture.signIn(fixture.account(role));
		for (String page : adminPages(clinic)) {
			assertThat(web.get(page).status()).as(role + " " + page).isEqualTo(403);
		}
		web.open("/profile");
		String ogrn = ClinicsFixture.freshOgrn();
		assertThat(web.post("/admin/clinics", ClinicsFixture.clinicForm("Чужая", ogrn)).status()).isEqualTo(403);
		assertThat(web
			.post("/admin/clinics/" + clinic + "/members",
					Map.of("phone", fixture.account(Role.CLINIC_STAFF), "role", "STAFF"))
			.status()).isEqualTo(403);
		assertThat(this.jdbc.sql("SELECT count(*) FROM clinics WHERE ogrn = :ogrn")
			.param("ogrn", ogrn)
			.query(Long.class)
			.single()).isZero();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "CITIZEN", "OPERATOR", "ADMIN" })
	void theClinicStaffPageIsRefusedToOtherRoles(Role role) {
		ClinicsFixture fixture = fixture();
		ClinicId clinic = fixture.clinic("Поликлиника для " + role);
		String staff = fixture.member(clinic, Role.CLINIC_STAFF, StaffRole.STAFF);
		WebSession web = fixture.signIn(fixture.account(role));
		assertThat(web.get("/clinic/staff").status()).isEqualTo(403);
		web.open("/profile");
		assertThat(
				web.post("/clinic/staff/" + clinic + "/members/" + fixture.idOf(staff) + "/remove", Map.of()).status())
			.isEqualTo(403);
		assertThat(fixture.membership(clinic, staff)).isEqualTo("STAFF");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/clinics", "/clinic/staff" })
	void visitorsAreSentToSignIn(String page) {
		assertThat(new WebSession(this.port).get(page).location()).isEqualTo("/signin");
	}

	@Test
	void visitorsAreSentToSignInFromAClinicToo() {
		ClinicId clinic = fixture().clinic("Для гостей");
		assertThat(new WebSession(this.port).get("/admin/clinics/" + clinic).location()).isEqualTo("/signin");
	}

	@Test
	void formsPostedWithoutTheirTokenChangeNothing() {
		ClinicsFixture fixture = fixture();
		ClinicId clinic = fixture.clinic("Без токена");
		String nurse = fixture.account(Role.CLINIC_STAFF);
		WebSession admin = fixture.signIn(fixture.account(Role.ADMIN));
		admin.open("/admin/clinics");
		String ogrn = ClinicsFixture.freshOgrn();
		assertThat(admin.postRaw("/admin/clinics", ClinicsFixture.clinicForm("Без токена 2", ogrn)).status())
			.isEqualTo(403);
		assertThat(admin.postRaw("/admin/clinics/" + clinic + "/members", Map.of("phone", nurse, "role", "STAFF"))
			.status()).isEqualTo(403);
		String headPhone = fixture.member(clinic, Role.CLINIC_ADMIN, StaffRole.ADMIN);
		WebSession head = fixture.signIn(headPhone);
		head.open("/clinic/staff");
		assertThat(
				head.postRaw("/clinic/staff/" + clinic + "/members", Map.of("phone", nurse, "role", "STAFF")).status())
			.isEqualTo(403);
		assertThat(head
			.postRaw("/clinic/staff/" + clinic + "/members/" + fixture.idOf(headPhone) + "/remove",
					Map.of("_csrf", "forged"))
			.status()).isEqualTo(403);
		assertThat(this.jdbc.sql("SELECT count(*) FROM clinics WHERE ogrn = :ogrn")
			.param("ogrn", ogrn)
			.query(Long.class)
			.single()).isZero();
		assertThat(fixture.membership(clinic, nurse)).isNull();
		assertThat(fixture.membership(clinic, headPhone)).isEqualTo("ADMIN");
	}

}
