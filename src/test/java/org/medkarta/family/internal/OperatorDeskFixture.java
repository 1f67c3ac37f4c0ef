package org.medkarta.family.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.medkarta.core.EmailAddress;
import org.medkarta.core.PersonName;
import org.medkarta.core.PhoneNumber;
import org.medkarta.core.Sex;
import org.medkarta.core.Snils;
import org.medkarta.family.ChildId;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.RegistryEntries;
import org.medkarta.identity.Role;
import org.medkarta.support.Accounts;
import org.medkarta.support.Citizens;
import org.medkarta.support.Outbox;
import org.medkarta.support.Phones;
import org.medkarta.support.WebSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parents with a child waiting for a kinship check, and operators, made through the pages
 * as people do, for the tests of the operator's family pages.
 */
final class OperatorDeskFixture {

	private final int port;

	private final JdbcClient jdbc;

	private final RegistryEntries registry;

	private final org.medkarta.identity.Accounts accounts;

	OperatorDeskFixture(int port, JdbcClient jdbc, RegistryEntries registry, org.medkarta.identity.Accounts accounts) {
		this.port = port;
		this.jdbc = jdbc;
		this.registry = registry;
		this.accounts = accounts;
	}

	static Snils snils(String nine) {
		return Citizens.snils(nine);
	}

	static byte[] scan() {
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
	 * A citizen at STANDARD, signed in, who added a child the civil registry does not
	 * know: the kinship waits for an operator.
	 */
	Parent parentWithPendingChild(String surname, LocalDate childBirthDate) {
		Citizens.Standard parent = Citizens.standard(this.port, this.jdbc, this.registry,
				new PersonName(surname, "Павел", "Ильич"), Sex.MALE, '2');
		String phone = parent.phone();
		WebSession web = parent.web();
		Snils snils = parent.snils();
		Snils child = snils("1" + phone.substring(4));
		Map<String, String> form = new LinkedHashMap<>();
		form.put("surname", surname);
		form.put("name", "Мария");
		form.put("patronymic", "Павловна");
		form.put("birthDate", childBirthDate.toString());
		form.put("snils", child.display());
		form.put("certificateSeries", "II-МЮ");
		form.put("certificateNumber", "123456");
		form.put("certificateIssuedOn", childBirthDate.plusDays(10).toString());
		web.open("/family/add");
		assertThat(postMultipart(web, "/family/add", form, "birthCertificate", scan()).location()).isEqualTo("/family");
		AccountId account = new AccountId(this.jdbc.sql("SELECT id FROM accounts WHERE phone = :phone")
			.param("phone", phone)
			.query(UUID.class)
			.single());
		ChildId childId = new ChildId(this.jdbc.sql("SELECT id FROM children WHERE snils = :snils")
			.param("snils", child.value())
			.query(UUID.class)
			.single());
		return new Parent(web, account, snils, childId, child);
	}

	/** A new operator account, signed in. */
	Operator operator() {
		String phone = Phones.fresh();
		AccountId id = asAdmin(
				() -> this.accounts.create(new org.medkarta.identity.Accounts.NewAccount(new PhoneNumber(phone),
						EmailAddress.of("crop" + phone.substring(3) + "@example.ru"), Set.of(Role.OPERATOR),
						Accounts.PASSWORD)));
		WebSession web = new WebSession(this.port);
		Accounts.signIn(web, new Outbox(this.jdbc), phone, phone);
		return new Operator(web, id);
	}

	private static AccountId asAdmin(java.util.function.Supplier<AccountId> action) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					new CurrentAccount(new AccountId(UUID.randomUUID()), Set.of(Role.ADMIN)), null,
					List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Runs as the operator in the test's own thread, as a page would. */
	static <T> T asOperator(AccountId operator, java.util.function.Supplier<T> action) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					new CurrentAccount(operator, Set.of(Role.OPERATOR)), null,
					List.of(new SimpleGrantedAuthority("ROLE_OPERATOR"))));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * Posts a multipart form as the browser does, with the CSRF token of the last page
	 * and one file (none when {@code content} is null).
	 */
	static WebSession.Page postMultipart(WebSession web, String path, Map<String, String> fields, String fileField,
			byte[] content) {
		String boundary = "b" + UUID.randomUUID();
		StringBuilder text = new StringBuilder();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", web.csrfToken());
		all.forEach((k, v) -> text.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(k)
			.append("\"\r\n\r\n")
			.append(v)
			.append("\r\n"));
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		if (content != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
					+ "\"; filename=\"decision.png\"\r\nContent-Type: image/png\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return web.postMultipart(path, boundary, body.toByteArray());
	}

	String guardianshipStatus(Parent parent) {
		return this.jdbc.sql("SELECT status FROM guardianships WHERE account_id = :account AND child_id = :child")
			.param("account", parent.account().value())
			.param("child", parent.child().value())
			.query(String.class)
			.single();
	}

	long documentsOf(Operator operator) {
		return this.jdbc.sql("SELECT count(*) FROM documents WHERE owner_account_id = :owner")
			.param("owner", operator.account().value())
			.query(Long.class)
			.single();
	}

	/**
	 * A signed-in parent with one child whose kinship waits for an operator.
	 *
	 * @param web the parent's session
	 * @param account the parent's account
	 * @param snils the parent's SNILS
	 * @param child the child
	 * @param childSnils the child's SNILS
	 */
	record Parent(WebSession web, AccountId account, Snils snils, ChildId child, Snils childSnils) {
	}

	/**
	 * A signed-in operator.
	 *
	 * @param web the operator's session
	 * @param account the operator's account
	 */
	record Operator(WebSession web, AccountId account) {
	}

}
