package org.medkarta.clinics.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.clinics.Clinics.ClinicExistsException;
import org.medkarta.clinics.Clinics.MemberChangeRefusedException;
import org.medkarta.clinics.Clinics.NewClinic;
import org.medkarta.clinics.StaffRole;
import org.medkarta.core.Ogrn;
import org.medkarta.core.Snils;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.Role;
import org.medkarta.support.Citizens;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What other modules, the demo data and the import API ask of clinics, and the rules the
 * API keeps whoever calls it.
 */
@MedkartaTest
class ClinicsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Clinics clinics;

	@Autowired
	MutableClock clock;

	ClinicsFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new ClinicsFixture(this.port, this.jdbc, this.accounts, this.clinics);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Moscow")));
	}

	private static Snils childSnils() {
		return Citizens.snils("7" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000)));
	}

	@Test
	void readsNeedNoSignedInAccount() {
		ClinicId clinic = this.fixture.clinic("ДГП № 201");
		String head = this.fixture.member(clinic, Role.CLINIC_ADMIN, StaffRole.ADMIN);
		String nurse = this.fixture.member(clinic, Role.CLINIC_STAFF, StaffRole.STAFF);
		assertThat(this.clinics.find(clinic)).hasValueSatisfying((found) -> {
			assertThat(found.shortName()).isEqualTo("ДГП № 201");
			assertThat(found.fullName()).isEqualTo("ГБУЗ «ДГП № 201»");
			assertThat(found.ogrn()).hasSize(13);
		});
		assertThat(this.clinics.find(new ClinicId(UUID.randomUUID()))).isEmpty();
		assertThat(this.clinics.administratorsOf(clinic)).containsExactly(this.fixture.idOf(head));
		assertThat(this.clinics.clinicsOf(this.fixture.idOf(nurse))).containsExactly(clinic);
		assertThat(this.clinics.clinicsOf(new AccountId(UUID.randomUUID()))).isEmpty();
	}

	@Test
	void aChildIsAttachedToOneClinicAtATimeFromItsFirstDay() {
		ClinicId first = this.fixture.clinic("ДГП № 202");
		ClinicId second = this.fixture.clinic("ДГП № 203");
		Snils child = childSnils();
		assertThat(this.clinics.clinicOf(child)).isEmpty();
		ClinicsFixture.asAdministrator(() -> {
			this.clinics.attach(child, first, today().minusYears(2));
			return null;
		});
		assertThat(this.clinics.clinicOf(child)).map((clinic) -> clinic.id()).contains(first);
		ClinicsFixture.asAdministrator(() -> {
			this.clinics.attach(child, second, today());
			return null;
		});
		assertThat(this.clinics.clinicOf(child)).map((clinic) -> clinic.id()).contains(second);
		ClinicsFixture.asAdministrator(() -> {
			this.clinics.attach(child, first, today().plusDays(1));
			return null;
		});
		assertThat(this.clinics.clinicOf(child)).isEmpty();
		assertThat(this.jdbc.sql("SELECT count(*) FROM clinic_attachments WHERE child_snils = :snils")
			.param("snils", child.value())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void onlyAdministratorsRegisterClinicsAndAttachChildren() {
		ClinicId clinic = this.fixture.clinic("ДГП № 204");
		AccountId head = this.fixture.idOf(this.fixture.member(clinic, Role.CLINIC_ADMIN, StaffRole.ADMIN));
		NewClinic another = ClinicsFixture.newClinic("ДГП № 205");
		assertThatThrownBy(() -> ClinicsFixture.as(head, () -> this.clinics.register(another), Role.CLINIC_ADMIN))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.clinics.register(another)).isInstanceOf(AuthenticationException.class);
		assertThatThrownBy(() -> ClinicsFixture.as(head, () -> {
			this.clinics.attach(childSnils(), clinic, today());
			return null;
		}, Role.CLINIC_ADMIN)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.jdbc.sql("SELECT count(*) FROM clinics WHERE ogrn = :ogrn")
			.param("ogrn", another.ogrn().value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aDuplicateOgrnIsRefused() {
		NewClinic clinic = ClinicsFixture.newClinic("ДГП № 206");
		ClinicsFixture.asAdministrator(() -> this.clinics.register(clinic));
		NewClinic same = new NewClinic("Другое имя", "Другое", clinic.ogrn(), "Адрес", "1", "круглосуточно");
		assertThatThrownBy(() -> ClinicsFixture.asAdministrator(() -> this.clinics.register(same)))
			.isInstanceOf(ClinicExistsException.class);
	}

	@Test
	void aNewClinicNeedsEveryFieldWithinItsLimit() {
		Ogrn ogrn = Ogrn.of(ClinicsFixture.freshOgrn());
		assertThatThrownBy(() -> new NewClinic(" ", "ДГП", ogrn, "Адрес", "1", "всегда"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NewClinic("ГБУЗ", "Д".repeat(121), ogrn, "Адрес", "1", "всегда"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NewClinic("ГБУЗ", "ДГП", null, "Адрес", "1", "всегда"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new NewClinic(" ГБУЗ ", "ДГП", ogrn, "Адрес", "1", "всегда").fullName()).isEqualTo("ГБУЗ");
	}

	@Test
	void aClinicAdministratorChangesTheStaffOfTheirOwnClinicOnly() {
		ClinicId own = this.fixture.clinic("ДГП № 207");
		ClinicId other = this.fixture.clinic("ДГП № 208");
		AccountId head = this.fixture.idOf(this.fixture.member(own, Role.CLINIC_ADMIN, StaffRole.ADMIN));
		AccountId nurse = this.fixture.idOf(this.fixture.account(Role.CLINIC_STAFF));
		ClinicsFixture.as(head, () -> {
			this.clinics.addMember(own, nurse, StaffRole.STAFF);
			return null;
		}, Role.CLINIC_ADMIN);
		assertThat(this.clinics.clinicsOf(nurse)).containsExactly(own);
		assertThatThrownBy(() -> ClinicsFixture.as(head, () -> {
			this.clinics.addMember(other, nurse, StaffRole.STAFF);
			return null;
		}, Role.CLINIC_ADMIN)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> ClinicsFixture.as(head, () -> {
			this.clinics.addMember(own, nurse, StaffRole.STAFF);
			return null;
		}, Role.CLINIC_STAFF)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> ClinicsFixture.as(nurse, () -> {
			this.clinics.removeMember(own, head);
			return null;
		}, Role.CLINIC_ADMIN)).isInstanceOf(AccessDeniedException.class);
		ClinicsFixture.as(head, () -> {
			this.clinics.removeMember(own, nurse);
			return null;
		}, Role.CLINIC_ADMIN);
		assertThat(this.clinics.clinicsOf(nurse)).isEmpty();
		assertThat(this.clinics.administratorsOf(own)).containsExactly(head);
	}

	@Test
	void membershipsFollowTheAccountsRoles() {
		ClinicId clinic = this.fixture.clinic("ДГП № 209");
		AccountId nurse = this.fixture.idOf(this.fixture.account(Role.CLINIC_STAFF));
		AccountId citizen = this.fixture.idOf(this.fixture.account(Role.CITIZEN));
		assertThatThrownBy(() -> ClinicsFixture.asAdministrator(() -> {
			this.clinics.addMember(clinic, nurse, StaffRole.ADMIN);
			return null;
		})).isInstanceOf(MemberChangeRefusedException.class)
			.extracting("messageKey")
			.isEqualTo("clinics.member.role-missing.ADMIN");
		assertThatThrownBy(() -> ClinicsFixture.asAdministrator(() -> {
			this.clinics.addMember(clinic, citizen, StaffRole.STAFF);
			return null;
		})).isInstanceOf(MemberChangeRefusedException.class)
			.extracting("messageKey")
			.isEqualTo("clinics.member.role-missing.STAFF");
		assertThat(this.clinics.clinicsOf(nurse)).isEmpty();
		assertThat(this.clinics.clinicsOf(citizen)).isEmpty();
	}

	@Test
	void nobodyChangesTheirOwnMembership() {
		ClinicId clinic = this.fixture.clinic("ДГП № 210");
		AccountId head = this.fixture.idOf(this.fixture.member(clinic, Role.CLINIC_ADMIN, StaffRole.ADMIN));
		assertThatThrownBy(() -> ClinicsFixture.as(head, () -> {
			this.clinics.removeMember(clinic, head);
			return null;
		}, Role.CLINIC_ADMIN)).isInstanceOf(MemberChangeRefusedException.class)
			.extracting("messageKey")
			.isEqualTo("clinics.member.self");
		assertThatThrownBy(() -> ClinicsFixture.as(head, () -> {
			this.clinics.addMember(clinic, head, StaffRole.STAFF);
			return null;
		}, Role.CLINIC_ADMIN, Role.CLINIC_STAFF)).isInstanceOf(MemberChangeRefusedException.class);
		assertThat(this.clinics.administratorsOf(clinic)).containsExactly(head);
	}

}
