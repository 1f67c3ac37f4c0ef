package org.medkarta.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.clinics.StaffRole;
import org.medkarta.core.EmailAddress;
import org.medkarta.core.PhoneNumber;
import org.medkarta.family.BirthRecords;
import org.medkarta.family.Family;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.IdentityCases;
import org.medkarta.identity.IdentityVerification;
import org.medkarta.identity.RegistryEntries;
import org.medkarta.identity.Role;
import org.medkarta.records.RecordImport;
import org.medkarta.appointments.Doctors;
import org.medkarta.appointments.WeeklyHours;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data on the first start of the default mode. Each step is recorded in
 * {@code demo_data_loads} in the same transaction as its data, so a second start, or a
 * second node, loads nothing twice.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "medkarta.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	/** The demo loader acts as an administrator of its own. */
	private static final CurrentAccount LOADER = new CurrentAccount(
			new AccountId(UUID.fromString("00000000-0000-0000-0000-000000000001")), java.util.Set.of(Role.ADMIN));

	private final Accounts accounts;

	private final RegistryEntries registry;

	private final IdentityVerification verification;

	private final IdentityCases identityCases;

	private final BirthRecords births;

	private final Family family;

	private final Clinics clinics;

	private final RecordImport records;

	private final Doctors doctors;

	private final ca.uhn.fhir.context.FhirContext fhir;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoDataLoader(Accounts accounts, RegistryEntries registry, IdentityVerification verification,
			IdentityCases identityCases, BirthRecords births, Family family, Clinics clinics, RecordImport records,
			Doctors doctors, ca.uhn.fhir.context.FhirContext fhir, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock) {
		this.clinics = clinics;
		this.doctors = doctors;
		this.records = records;
		this.fhir = fhir;
		this.accounts = accounts;
		this.registry = registry;
		this.verification = verification;
		this.identityCases = identityCases;
		this.births = births;
		this.family = family;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(LOADER, null,
				List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
		SecurityContextHolder.setContext(context);
		try {
			step("accounts", this::loadAccounts);
			step("citizen-registry", this::loadRegistry);
			step("confirmed-parent-with-child", this::loadConfirmedParent);
			step("clinics", this::loadClinics);
			step("records", this::loadRecords);
			step("doctors", this::loadDoctors);
			step("staff-names", this::loadStaffNames);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void step(String name, Runnable load) {
		this.transactions.executeWithoutResult((status) -> {
			int claimed = this.jdbc
				.sql("INSERT INTO demo_data_loads (step, loaded_at) VALUES (:step, :now) ON CONFLICT DO NOTHING")
				.param("step", name)
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
			if (claimed == 0) {
				log.info("Demo data '{}' already loaded", name);
				return;
			}
			load.run();
			log.info("Demo data '{}' loaded", name);
		});
	}

	/**
	 * The demo parent goes the whole way, as a person would: personal data, passport
	 * scan, the demo operator's confirmation, then the son whose birth record names her.
	 */
	private void loadConfirmedParent() {
		AccountId parent = this.accounts.findByPhone(new PhoneNumber("+79000000001")).orElseThrow();
		AccountId operator = this.accounts.findByPhone(new PhoneNumber("+79000000002")).orElseThrow();
		as(parent, Role.CITIZEN, () -> {
			this.verification.enterPersonalData(DemoIdentities.PARENT);
			this.verification.submitPassport("passport.png", DemoScans.of("Паспорт — Кузнецова А. В."));
		});
		as(operator, Role.OPERATOR,
				() -> this.identityCases.cases("PENDING")
					.stream()
					.filter((kase) -> kase.applicant().equals(DemoIdentities.PARENT.name().full()))
					.forEach((kase) -> this.verification.decide(kase.id(), true, null)));
		this.births.put(DemoFamilies.PARENT_CHILD);
		DemoFamilies.FOR_VISITORS.forEach(this.births::put);
		as(parent, Role.CITIZEN,
				() -> this.family.addChild(DemoFamilies.details(DemoFamilies.PARENT_CHILD, LocalDate.of(2017, 6, 20)),
						"birth-certificate.png", DemoScans.of("Свидетельство о рождении II-МЮ 512834")));
	}

	/** Runs a step as the given account, as its pages would. */
	private void as(AccountId account, Role role, Runnable work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(new CurrentAccount(account, java.util.Set.of(role)),
						null, List.of(new SimpleGrantedAuthority(role.authority()))));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * Two clinics with a staff member and an administrator each; the demo parent's son
	 * and Ivanova's daughter are attached to the first, Petrov's nephew to the second.
	 */
	private void loadClinics() {
		for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
			if (this.accounts.findByPhone(new PhoneNumber(demo.phone())).isEmpty()) {
				this.accounts.create(new Accounts.NewAccount(new PhoneNumber(demo.phone()),
						EmailAddress.of(demo.email()), demo.roles(), DemoAccounts.PASSWORD));
			}
		}
		java.util.Map<DemoClinics.DemoClinic, ClinicId> ids = new java.util.LinkedHashMap<>();
		for (DemoClinics.DemoClinic demo : DemoClinics.ALL) {
			ClinicId clinic = this.clinics.register(demo.clinic());
			ids.put(demo, clinic);
			this.clinics.addMember(clinic, this.accounts.findByPhone(new PhoneNumber(demo.staffPhone())).orElseThrow(),
					StaffRole.STAFF);
			this.clinics.addMember(clinic, this.accounts.findByPhone(new PhoneNumber(demo.adminPhone())).orElseThrow(),
					StaffRole.ADMIN);
		}
		LocalDate since = LocalDate.of(2024, 9, 1);
		this.clinics.attach(DemoFamilies.PARENT_CHILD.child(), ids.get(DemoClinics.FIRST), since);
		this.clinics.attach(DemoFamilies.FOR_VISITORS.get(0).child(), ids.get(DemoClinics.FIRST), since);
		this.clinics.attach(DemoFamilies.FOR_VISITORS.get(1).child(), ids.get(DemoClinics.SECOND), since);
	}

	/**
	 * Each demo clinic's doctors with their weekly hours, as the clinic's administrator
	 * would set them up; their slots follow from the production calendar.
	 */
	/**
	 * The demo clinics' staff enter their personal data, as anyone does in the profile: a
	 * signed extract carries its signer's name.
	 */
	private void loadStaffNames() {
		DemoIdentities.STAFF.forEach((phone, data) -> {
			AccountId member = this.accounts.findByPhone(new PhoneNumber(phone)).orElseThrow();
			as(member, Role.CLINIC_STAFF, () -> this.verification.enterPersonalData(data));
		});
	}

	private void loadDoctors() {
		for (DemoClinics.DemoClinic demo : DemoClinics.ALL) {
			ClinicId clinic = this.clinics
				.clinicOf(demo == DemoClinics.FIRST ? DemoFamilies.PARENT_CHILD.child()
						: DemoFamilies.FOR_VISITORS.get(1).child())
				.orElseThrow()
				.id();
			for (DemoClinics.DemoDoctor doctor : demo.doctors()) {
				List<WeeklyHours> hours = new java.util.ArrayList<>();
				for (java.time.DayOfWeek day : doctor.days()) {
					hours.add(new WeeklyHours(day, doctor.starts(), doctor.ends(), doctor.breakStarts(),
							doctor.breakStarts().plusMinutes(30)));
				}
				this.doctors.add(clinic, doctor.name(), doctor.specialty(), doctor.slotMinutes(), hours);
			}
		}
	}

	/**
	 * The demo children's histories, sent by their clinics through the import path.
	 */
	private void loadRecords() {
		PaediatricHistories histories = new PaediatricHistories(this.fhir);
		LocalDate today = LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Europe/Moscow")));
		List<org.medkarta.family.BirthRecord> children = new java.util.ArrayList<>();
		children.add(DemoFamilies.PARENT_CHILD);
		children.addAll(DemoFamilies.FOR_VISITORS);
		for (org.medkarta.family.BirthRecord child : children) {
			ClinicId clinic = this.clinics.clinicOf(child.child()).orElseThrow().id();
			org.medkarta.core.Sex sex = (child.name().patronymic() != null && child.name().patronymic().endsWith("вна"))
					? org.medkarta.core.Sex.FEMALE : org.medkarta.core.Sex.MALE;
			RecordImport.Result result = this.records.importBundle(clinic,
					histories.history(child.child(), child.name(), sex, child.birthDate(), today));
			if (result.status() != 200) {
				throw new IllegalStateException("The demo history was refused: " + result.body());
			}
		}
	}

	private void loadRegistry() {
		this.registry.put(DemoIdentities.PARENT);
		DemoIdentities.FOR_VISITORS.forEach(this.registry::put);
	}

	private void loadAccounts() {
		for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
			this.accounts.create(new Accounts.NewAccount(new PhoneNumber(demo.phone()), EmailAddress.of(demo.email()),
					demo.roles(), DemoAccounts.PASSWORD));
		}
	}

}
