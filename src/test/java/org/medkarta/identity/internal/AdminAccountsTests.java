package org.medkarta.identity.internal;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.medkarta.core.EmailAddress;
import org.medkarta.core.PhoneNumber;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.Role;
import org.medkarta.support.Accounts;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.Outbox;
import org.medkarta.support.Phones;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MedkartaTest
class AdminAccountsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.medkarta.identity.Accounts accounts;

	private String createAdmin() {
		String phone = Phones.fresh();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					new CurrentAccount(new AccountId(java.util.UUID.randomUUID()), Set.of(Role.ADMIN)), null,
					java.util.List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			this.accounts.create(new org.medkarta.identity.Accounts.NewAccount(new PhoneNumber(phone),
					EmailAddress.of("admin" + phone.substring(3) + "@example.ru"), Set.of(Role.ADMIN),
					Accounts.PASSWORD));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return phone;
	}

	@Test
	void anAdministratorCreatesAStaffAccountThatSignsInTheSameWay() {
		Outbox outbox = new Outbox(this.jdbc);
		String admin = createAdmin();
		WebSession web = new WebSession(this.port);
		Accounts.signIn(web, outbox, admin, admin);
		assertThat(web.open("/admin/accounts").status()).isEqualTo(200);
		String staffPhone = Phones.fresh();
		WebSession.Page bad = web.post("/admin/accounts", Map.of("phone", "x", "email", "y"));
		assertThat(bad.text()).contains("Выберите хотя бы одну роль").contains("Введите номер");
		WebSession.Page done = web.submit("/admin/accounts",
				Map.of("phone", staffPhone, "email", "staff" + staffPhone.substring(3) + "@example.ru", "roles",
						"OPERATOR", "password", "пароль оператора"));
		assertThat(done.text()).contains("Учётная запись создана").contains(new PhoneNumber(staffPhone).display());
		WebSession staff = new WebSession(this.port);
		staff.open("/signin");
		assertThat(staff.post("/signin", Map.of("identifier", staffPhone, "password", "пароль оператора")).location())
			.contains("/signin/code");
	}

	@Test
	void citizensCannotOpenTheAdminPage() {
		WebSession web = new WebSession(this.port);
		String phone = Phones.fresh();
		Accounts.register(web, new Outbox(this.jdbc), phone, "citizen" + phone.substring(3) + "@example.ru");
		assertThat(web.get("/admin/accounts").status()).isEqualTo(403);
	}

	@Test
	void theAccountsApiIsForAdministratorsOnly() {
		assertThatThrownBy(() -> this.accounts.create(new org.medkarta.identity.Accounts.NewAccount(
				new PhoneNumber(Phones.fresh()), EmailAddress.of("x@example.ru"), Set.of(Role.OPERATOR), null)))
			.isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
	}

}
