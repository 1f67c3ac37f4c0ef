package org.medkarta.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics;
import org.medkarta.clinics.StaffRole;
import org.medkarta.core.BirthCertificateNumber;
import org.medkarta.core.Ogrn;
import org.medkarta.core.PersonName;
import org.medkarta.core.Sex;
import org.medkarta.core.Snils;
import org.medkarta.family.BirthRecord;
import org.medkarta.family.BirthRecords;
import org.medkarta.family.ChildId;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.IdentityVerification;
import org.medkarta.identity.RegistryEntries;
import org.medkarta.identity.Role;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clinics with staff, and parents with children, for the tests of access requests. People
 * act through the pages as they would; what only an administrator or operator does
 * (registering a clinic, confirming a passport) goes through the same APIs their pages
 * use.
 */
public final class AccessWorld {

	/** OGRNs no other test of the run uses. */
	private static final AtomicLong NEXT_OGRN = new AtomicLong(
			200_000_000_000L + (System.nanoTime() % 100_000_000L) * 1_000L);

	private final int port;

	private final JdbcClient jdbc;

	private final RegistryEntries registry;

	private final org.medkarta.identity.Accounts accounts;

	private final IdentityVerification verification;

	private final BirthRecords births;

	private final Clinics clinics;

	private final Outbox outbox;

	public AccessWorld(int port, ApplicationContext context) {
		this.port = port;
		this.jdbc = context.getBean(JdbcClient.class);
		this.registry = context.getBean(RegistryEntries.class);
		this.accounts = context.getBean(org.medkarta.identity.Accounts.class);
		this.verification = context.getBean(IdentityVerification.class);
		this.births = context.getBean(BirthRecords.class);
		this.clinics = context.getBean(Clinics.class);
		this.outbox = new Outbox(this.jdbc);
	}

	public Outbox outbox() {
		return this.outbox;
	}

	/** A new clinic with one member of staff and one administrator. */
	public Desk clinic(String shortName) {
		String twelve = String.valueOf(NEXT_OGRN.incrementAndGet());
		ClinicId id = as(new AccountId(UUID.randomUUID()), Role.ADMIN,
				() -> this.clinics.register(new Clinics.NewClinic("ГБУЗ «" + shortName + "»", shortName,
						new Ogrn(twelve + Ogrn.checkDigitFor(twelve)), "Москва, ул. Тестовая, д. 1", "+7 495 000-00-00",
						"Пн–Пт 8:00–20:00")));
		String staff = Staff.create(this.accounts, Role.CLINIC_STAFF);
		String admin = Staff.create(this.accounts, Role.CLINIC_ADMIN);
		AccountId staffId = accountOf(staff);
		AccountId adminId = accountOf(admin);
		as(new AccountId(UUID.randomUUID()), Role.ADMIN, () -> {
			this.clinics.addMember(id, staffId, StaffRole.STAFF);
			this.clinics.addMember(id, adminId, StaffRole.ADMIN);
			return null;
		});
		return new Desk(id, shortName, staff, staffId, admin, adminId);
	}

	/** Another member of staff for the clinic. */
	public String addStaff(Desk desk) {
		String phone = Staff.create(this.accounts, Role.CLINIC_STAFF);
		AccountId member = accountOf(phone);
		as(new AccountId(UUID.randomUUID()), Role.ADMIN, () -> {
			this.clinics.addMember(desk.id(), member, StaffRole.STAFF);
			return null;
		});
		return phone;
	}

	/** Signs in an account by phone in a new session. */
	public WebSession signIn(String phone) {
		WebSession web = new WebSession(this.port);
		Accounts.signIn(web, this.outbox, phone, phone);
		return web;
	}

	/**
	 * A mother at CONFIRMED, signed in, with a child born on the given day whose kinship
	 * the civil registry verified, attached to the clinic (none when {@code clinic} is
	 * null).
	 */
	public Parent parent(Desk clinic, LocalDate childBorn) {
		return parent(clinic, childBorn, true);
	}

	public Parent parent(Desk clinic, LocalDate childBorn, boolean confirm) {
		return parent(clinic, childBorn, confirm, true);
	}

	/**
	 * The same; when the birth record does not name the mother ({@code named} false) the
	 * kinship waits for an operator.
	 */
	public Parent parent(Desk clinic, LocalDate childBorn, boolean confirm, boolean named) {
		String surname = "Орлова";
		Citizens.Standard mother = Citizens.standard(this.port, this.jdbc, this.registry,
				new PersonName(surname, "Вера", "Павловна"), Sex.FEMALE, '3');
		AccountId account = accountOf(mother.phone());
		if (confirm) {
			as(account, Role.CITIZEN, () -> {
				this.verification.submitPassport("passport.png", png());
				return null;
			});
			UUID review = this.jdbc
				.sql("SELECT id FROM identity_reviews WHERE account_id = :account AND status = 'PENDING'")
				.param("account", account.value())
				.query(UUID.class)
				.single();
			as(new AccountId(UUID.randomUUID()), Role.OPERATOR, () -> {
				this.verification.decide(review, true, null);
				return null;
			});
		}
		Snils childSnils = Citizens.snils("1" + mother.phone().substring(4));
		BirthRecord record = new BirthRecord(childSnils, new PersonName(surname, "Соня", "Игоревна"), childBorn,
				new BirthCertificateNumber("II-МЮ", mother.phone().substring(6)),
				named ? mother.snils() : Citizens.snils("9" + mother.phone().substring(4)), null);
		this.births.put(record);
		addChild(mother.web(), record);
		ChildId child = new ChildId(this.jdbc.sql("SELECT id FROM children WHERE snils = :snils")
			.param("snils", childSnils.value())
			.query(UUID.class)
			.single());
		if (clinic != null) {
			attach(childSnils, clinic);
		}
		return new Parent(mother.web(), mother.phone(), account, record, child);
	}

	/** The child's father, at STANDARD and signed in, linked to the same child. */
	public Parent secondParent(Parent first) {
		Citizens.Standard father = Citizens.standard(this.port, this.jdbc, this.registry,
				new PersonName("Орлов", "Игорь", "Семёнович"), Sex.MALE, '4');
		BirthRecord record = new BirthRecord(first.record().child(), first.record().name(), first.record().birthDate(),
				first.record().certificate(), first.record().mother(), father.snils());
		this.births.put(record);
		addChild(father.web(), record);
		return new Parent(father.web(), father.phone(), accountOf(father.phone()), record, first.child());
	}

	/** The parent's e-mail address, as registration gave it. */
	public static String emailOf(Parent parent) {
		return "st" + parent.phone().substring(3) + "@example.ru";
	}

	/**
	 * Confirms the parent's e-mail through the link sent to it, as the person would.
	 * @param link the confirmation link the parent received
	 */
	public void confirmEmail(Parent parent, String link) {
		String token = link.replaceAll("(?s).*token=([A-Za-z0-9_-]+).*", "$1");
		parent.web().open("/email/confirm?token=" + token);
		assertThat(parent.web().submit("/email/confirm", Map.of("token", token)).status()).isEqualTo(200);
	}

	public void attach(Snils child, Desk clinic) {
		as(new AccountId(UUID.randomUUID()), Role.ADMIN, () -> {
			this.clinics.attach(child, clinic.id(), LocalDate.of(2020, 1, 1));
			return null;
		});
	}

	private void addChild(WebSession web, BirthRecord record) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("surname", record.name().surname());
		form.put("name", record.name().name());
		form.put("patronymic", record.name().patronymic());
		form.put("birthDate", record.birthDate().toString());
		form.put("snils", record.child().display());
		form.put("certificateSeries", record.certificate().series());
		form.put("certificateNumber", record.certificate().number());
		form.put("certificateIssuedOn", record.birthDate().plusDays(10).toString());
		web.open("/family/add");
		assertThat(web.postForm("/family/add", form, Map.of("birthCertificate", png())).location())
			.isEqualTo("/family");
	}

	public AccountId accountOf(String phone) {
		return new AccountId(this.jdbc.sql("SELECT id FROM accounts WHERE phone = :phone")
			.param("phone", phone)
			.query(UUID.class)
			.single());
	}

	/**
	 * An operator records, through the back-office page, a court restriction of the
	 * parent's rights over the child from today.
	 */
	public void restrict(Parent parent, java.time.Clock clock) {
		restrict(parent, clock, 0);
	}

	/** The same, in force from the given number of days after today. */
	public void restrict(Parent parent, java.time.Clock clock, int daysAhead) {
		WebSession operator = Staff.signedIn(this.accounts, Role.OPERATOR, this.port, this.outbox);
		LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Moscow")));
		Map<String, String> form = new LinkedHashMap<>();
		form.put("childSnils", parent.record().child().display());
		form.put("guardianSnils", snilsOf(parent));
		form.put("kind", "RESTRICTION");
		form.put("court", "Пресненский районный суд города Москвы");
		form.put("decisionNumber", "2-555/2026");
		form.put("decisionDate", today.minusDays(10).toString());
		form.put("validFrom", today.plusDays(daysAhead).toString());
		form.put("validUntil", "");
		operator.open("/operator/restrictions/new");
		assertThat(operator.postForm("/operator/restrictions/new", form, Map.of("document", png())).location())
			.startsWith("/operator/restrictions");
	}

	/** An API key the clinic's administrator makes on the clinic's page. */
	public String apiKey(Desk desk) {
		WebSession admin = signIn(desk.adminPhone());
		admin.open("/clinic/api-keys");
		String page = admin.post("/clinic/api-keys/" + desk.id(), Map.of("name", "МИС")).body();
		String key = page.replaceAll("(?s).*<code class=\"secret\">([^<]+)</code>.*", "$1");
		assertThat(key).startsWith("mk_");
		return key;
	}

	/** Sends a FHIR bundle to the import API with the key; returns the HTTP status. */
	public int importBundle(String key, String bundle) {
		try {
			java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest
					.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/api/fhir/r4"))
					.header("Content-Type", "application/fhir+json")
					.header("Authorization", "Bearer " + key)
					.POST(java.net.http.HttpRequest.BodyPublishers.ofString(bundle))
					.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			return response.statusCode();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The parent's SNILS as written on forms. */
	public String snilsOf(Parent parent) {
		return new Snils(this.jdbc.sql("SELECT snils FROM personal_data WHERE account_id = :a")
			.param("a", parent.account().value())
			.query(String.class)
			.single()).display();
	}

	/** The latest access request of the parent for the child. */
	public UUID requestOf(Parent parent) {
		return this.jdbc
			.sql("SELECT id FROM access_requests WHERE account_id = :account AND child_id = :child "
					+ "ORDER BY submitted_at DESC LIMIT 1")
			.param("account", parent.account().value())
			.param("child", parent.child().value())
			.query(UUID.class)
			.single();
	}

	public String statusOf(UUID request) {
		return this.jdbc.sql("SELECT status FROM access_requests WHERE id = :id")
			.param("id", request)
			.query(String.class)
			.single();
	}

	public long versionOf(UUID request) {
		return this.jdbc.sql("SELECT version FROM access_requests WHERE id = :id")
			.param("id", request)
			.query(Long.class)
			.single();
	}

	/** Runs as the given account and role in the test's own thread, as a page would. */
	public static <T> T as(AccountId account, Role role, Supplier<T> action) {
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(new CurrentAccount(account, Set.of(role)), null,
							List.of(new SimpleGrantedAuthority(role.authority()))));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A small PNG, as a scan. */
	public static byte[] png() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB), "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A clinic and its people.
	 *
	 * @param id the clinic
	 * @param shortName its short name
	 * @param staffPhone a member of staff
	 * @param staff their account
	 * @param adminPhone the clinic's administrator
	 * @param admin their account
	 */
	public record Desk(ClinicId id, String shortName, String staffPhone, AccountId staff, String adminPhone,
			AccountId admin) {
	}

	/**
	 * A parent and their child.
	 *
	 * @param web the parent's signed-in session
	 * @param phone the parent's phone
	 * @param account the parent's account
	 * @param record the child's birth record
	 * @param child the child
	 */
	public record Parent(WebSession web, String phone, AccountId account, BirthRecord record, ChildId child) {
	}

}
