package org.medkarta.clinics.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.clinics.StaffRole;
import org.medkarta.core.IssuerCode;
import org.medkarta.core.Ogrn;
import org.medkarta.core.PassportNumber;
import org.medkarta.core.PersonName;
import org.medkarta.core.Sex;
import org.medkarta.core.Snils;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.PersonalData;
import org.medkarta.identity.RegistryEntries;
import org.medkarta.identity.Role;
import org.medkarta.support.Citizens;
import org.medkarta.support.Outbox;
import org.medkarta.support.Staff;
import org.medkarta.support.WebSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Clinics, staff accounts and memberships for the tests of the clinics module: clinics
 * and memberships through the module's API as an administrator, accounts through the same
 * API the administrator's page uses, sessions through the sign-in pages.
 */
final class ClinicsFixture {

	/** OGRNs no other test of the run uses. */
	private static final AtomicLong NEXT_OGRN = new AtomicLong(
			100_000_000_000L + (System.nanoTime() % 100_000_000L) * 1_000L);

	private final int port;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Clinics clinics;

	ClinicsFixture(int port, JdbcClient jdbc, Accounts accounts, Clinics clinics) {
		this.port = port;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clinics = clinics;
	}

	/** A valid OGRN no test of the run has used, as 13 digits. */
	static String freshOgrn() {
		String twelve = Long.toString(NEXT_OGRN.incrementAndGet());
		return twelve + Ogrn.checkDigitFor(twelve);
	}

	/** Runs work as the given account with the given roles, as its pages would. */
	static <T> T as(AccountId account, Supplier<T> work, Role... roles) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(new CurrentAccount(account, Set.of(roles)), null,
						Arrays.stream(roles).map((role) -> new SimpleGrantedAuthority(role.authority())).toList()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** Runs work as an administrator of the system. */
	static <T> T asAdministrator(Supplier<T> work) {
		return as(new AccountId(UUID.randomUUID()), work, Role.ADMIN);
	}

	static Clinics.NewClinic newClinic(String shortName) {
		return new Clinics.NewClinic("ГБУЗ «" + shortName + "»", shortName, Ogrn.of(freshOgrn()),
				"Москва, ул. Тестовая, д. 1", "+7 495 000-00-00", "пн–пт 8:00–20:00");
	}

	/** The fields of the register form, all valid. */
	static Map<String, String> clinicForm(String shortName, String ogrn) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("fullName", "ГБУЗ «" + shortName + "»");
		form.put("shortName", shortName);
		form.put("ogrn", ogrn);
		form.put("address", "Москва, ул. Тестовая, д. 2");
		form.put("phone", "+7 495 111-22-33");
		form.put("workingHours", "пн–пт 8:00–20:00");
		return form;
	}

	/** A clinic registered by an administrator. */
	ClinicId clinic(String shortName) {
		return asAdministrator(() -> this.clinics.register(newClinic(shortName)));
	}

	/** A new account with the role; returns its phone. */
	String account(Role role) {
		return Staff.create(this.accounts, role);
	}

	AccountId idOf(String phone) {
		return new AccountId(this.jdbc.sql("SELECT id FROM accounts WHERE phone = :phone")
			.param("phone", phone)
			.query(UUID.class)
			.single());
	}

	/** A new account with the role that an administrator made a member of the clinic. */
	String member(ClinicId clinic, Role role, StaffRole membership) {
		String phone = account(role);
		asAdministrator(() -> {
			this.clinics.addMember(clinic, idOf(phone), membership);
			return null;
		});
		return phone;
	}

	WebSession signIn(String phone) {
		WebSession web = new WebSession(this.port);
		org.medkarta.support.Accounts.signIn(web, new Outbox(this.jdbc), phone, phone);
		return web;
	}

	/** The account's role at the clinic, or null when it is not a member. */
	String membership(ClinicId clinic, String phone) {
		return this.jdbc.sql("SELECT role FROM clinic_members WHERE clinic_id = :clinic AND account_id = :account")
			.param("clinic", clinic.value())
			.param("account", idOf(phone).value())
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** Enters personal data for a signed-in account through the profile page. */
	static void enterPersonalData(WebSession web, String phone, RegistryEntries registry, PersonName name) {
		Snils snils = Citizens.snils("6" + phone.substring(4));
		LocalDate born = LocalDate.of(1980, 3, 14);
		LocalDate issued = LocalDate.of(2000, 4, 1);
		registry.put(new PersonalData(name, born, Sex.FEMALE, new PassportNumber("4510", phone.substring(6)), issued,
				new IssuerCode("770-012"), snils, null));
		web.open("/profile/personal-data");
		web.submit("/profile/personal-data",
				Map.of("surname", name.surname(), "name", name.name(), "patronymic", name.patronymic(), "birthDate",
						born.toString(), "sex", Sex.FEMALE.name(), "passportSeries", "4510", "passportNumber",
						phone.substring(6), "passportIssuedOn", issued.toString(), "issuerCode", "770-012", "snils",
						snils.display()));
	}

}
