package org.medkarta.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.medkarta.appointments.Doctors;
import org.medkarta.appointments.Specialty;
import org.medkarta.appointments.WeeklyHours;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.core.BirthCertificateNumber;
import org.medkarta.core.EmailAddress;
import org.medkarta.core.IssuerCode;
import org.medkarta.core.Ogrn;
import org.medkarta.core.PassportNumber;
import org.medkarta.core.PersonName;
import org.medkarta.core.PhoneNumber;
import org.medkarta.core.Sex;
import org.medkarta.core.Snils;
import org.medkarta.family.BirthRecord;
import org.medkarta.family.BirthRecords;
import org.medkarta.family.ChildDetails;
import org.medkarta.family.Family;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.IdentityVerification;
import org.medkarta.identity.PersonalData;
import org.medkarta.identity.RegistryEntries;
import org.medkarta.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Families for the booking benchmark of docs/BENCHMARKS.md:
 * {@code medkarta.bench.parents} parents (phones +7 901 000-00-00 on, the demo password),
 * each with a child whose kinship the civil registry verifies, attached to one clinic
 * with one paediatrician. Made through the same APIs as the pages use, as the demo parent
 * is; a second start finds them and adds nothing.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "medkarta.bench.parents")
@Order(110)
class BenchFamilies implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BenchFamilies.class);

	static final String CLINIC = "Поликлиника записи для нагрузочных тестов";

	private final Accounts accounts;

	private final RegistryEntries registry;

	private final IdentityVerification verification;

	private final BirthRecords births;

	private final Family family;

	private final Clinics clinics;

	private final Doctors doctors;

	private final Clock clock;

	private final int parents;

	BenchFamilies(Accounts accounts, RegistryEntries registry, IdentityVerification verification, BirthRecords births,
			Family family, Clinics clinics, Doctors doctors, Clock clock,
			@Value("${medkarta.bench.parents}") int parents) {
		this.accounts = accounts;
		this.registry = registry;
		this.verification = verification;
		this.births = births;
		this.family = family;
		this.clinics = clinics;
		this.doctors = doctors;
		this.clock = clock;
		this.parents = parents;
	}

	static String phone(int index) {
		return String.format("+7901%07d", index);
	}

	private static Snils snils(String lead, int index) {
		String nine = lead + String.format("%07d", index);
		return new Snils(nine + String.format("%02d", Snils.checkFor(nine)));
	}

	@Override
	public void run(ApplicationArguments args) {
		as(new AccountId(new UUID(0, 3)), Role.ADMIN, () -> {
			load();
			return null;
		});
	}

	private void load() {
		if (this.parents <= 0 || this.accounts.findByPhone(new PhoneNumber(phone(this.parents - 1))).isPresent()) {
			log.info("Benchmark families: nothing to add");
			return;
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Moscow")));
		ClinicId clinic = as(new AccountId(new UUID(0, 3)), Role.ADMIN, () -> {
			ClinicId id = this.clinics.register(new Clinics.NewClinic("ГБУЗ «" + CLINIC + "»", CLINIC,
					new Ogrn("102780009998".substring(0, 12) + Ogrn.checkDigitFor("102780009998")), "Санкт-Петербург",
					"+7 812 000-00-98", "Пн–Вс 8:00–20:00"));
			this.doctors.add(id, "Нагрузочная Анна Сергеевна", Specialty.PAEDIATRICIAN, 20,
					java.util.Arrays.stream(DayOfWeek.values())
						.map((day) -> new WeeklyHours(day, LocalTime.of(8, 0), LocalTime.of(20, 0), null, null))
						.toList());
			return id;
		});
		long started = System.nanoTime();
		for (int i = 0; i < this.parents; i++) {
			int index = i;
			Snils mother = snils("71", i);
			PersonalData data = new PersonalData(new PersonName("Нагрузочная", "Мама", "Тестовна"),
					LocalDate.of(1985, 1, 1).plusDays(i), Sex.FEMALE,
					new PassportNumber("40" + String.format("%02d", i % 100), String.format("%06d", i)),
					LocalDate.of(2005, 1, 1).plusDays(i), new IssuerCode("780-001"), mother, null);
			this.registry.put(data);
			AccountId parent = this.accounts.create(new Accounts.NewAccount(new PhoneNumber(phone(i)),
					EmailAddress.of("bench" + i + "@example.ru"), Set.of(Role.CITIZEN), DemoAccounts.PASSWORD));
			BirthRecord child = new BirthRecord(snils("72", i), new PersonName("Нагрузочный", "Сын", "Тестович"),
					today.minusYears(3).minusDays(i), new BirthCertificateNumber("I-АК", String.format("%06d", i)),
					mother, null);
			this.births.put(child);
			as(parent, Role.CITIZEN, () -> {
				this.verification.enterPersonalData(data);
				this.family.addChild(
						new ChildDetails(child.name(), child.birthDate(), child.child(), child.certificate(),
								child.birthDate().plusDays(10)),
						"birth-certificate.png", DemoScans.of("Свидетельство о рождении I-АК " + index));
				return null;
			});
			as(new AccountId(new UUID(0, 3)), Role.ADMIN, () -> {
				this.clinics.attach(child.child(), clinic, today.minusYears(1));
				return null;
			});
		}
		log.info("Benchmark families: {} parents in {} s", this.parents,
				String.format("%.0f", (System.nanoTime() - started) / 1e9));
	}

	private static <T> T as(AccountId account, Role role, java.util.function.Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(new CurrentAccount(account, Set.of(role)), null,
						List.of(new SimpleGrantedAuthority(role.authority()))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
