package org.medkarta.identity.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.medkarta.core.EmailAddress;
import org.medkarta.core.PhoneNumber;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.Role;
import org.medkarta.web.FormErrors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for staff and operator accounts. The person sets a password
 * through «Забыли пароль?» unless an initial one is given.
 */
@Controller
class AdminAccountsController {

	private final Accounts accounts;

	private final PasswordPolicy policy;

	private final JdbcClient jdbc;

	AdminAccountsController(Accounts accounts, PasswordPolicy policy, JdbcClient jdbc) {
		this.accounts = accounts;
		this.policy = policy;
		this.jdbc = jdbc;
	}

	@GetMapping("/admin/accounts")
	String page(Model model) {
		model.addAttribute("staff", staff());
		model.addAttribute("allRoles", Role.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NewAccountForm("", "", Set.of(), ""));
		}
		return "admin/accounts";
	}

	@PostMapping("/admin/accounts")
	String create(@RequestParam(name = "phone", required = false) String phoneInput,
			@RequestParam(name = "email", required = false) String emailInput,
			@RequestParam(name = "roles", required = false) List<String> roleNames,
			@RequestParam(name = "password", required = false) String password, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = new FormErrors();
		PhoneNumber phone = FormFields.phone(phoneInput, errors, "phone");
		EmailAddress email = FormFields.email(emailInput, errors, "email");
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : (roleNames != null) ? roleNames : List.<String>of()) {
			try {
				roles.add(Role.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				errors.reject("roles", "admin.roles.unknown");
			}
		}
		if (roles.isEmpty()) {
			errors.reject("roles", "admin.roles.required");
		}
		String initial = (password == null || password.isEmpty()) ? null : password;
		if (initial != null) {
			this.policy.check(initial)
				.ifPresent(
						(key) -> errors.reject("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
		}
		if (!errors.hasErrors()) {
			try {
				this.accounts.create(new Accounts.NewAccount(phone, email, roles, initial));
				redirect.addFlashAttribute("flash", "admin.accounts.created");
				return "redirect:/admin/accounts";
			}
			catch (Accounts.AccountExistsException ex) {
				errors.rejectForm("admin.accounts.exists");
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("form",
				new NewAccountForm(FormFields.echo(phoneInput, 32), FormFields.echo(emailInput, 254), roles, ""));
		return page(model);
	}

	private List<StaffRow> staff() {
		return this.jdbc
			.sql("SELECT a.phone, a.email, string_agg(r.role, ', ' ORDER BY r.role) AS roles, a.created_at "
					+ "FROM accounts a JOIN account_roles r ON r.account_id = a.id "
					+ "WHERE a.id IN (SELECT account_id FROM account_roles WHERE role <> 'CITIZEN') "
					+ "GROUP BY a.id ORDER BY a.created_at DESC LIMIT 100")
			.query((rs, row) -> new StaffRow(new PhoneNumber(rs.getString("phone")).display(), rs.getString("email"),
					rs.getString("roles")))
			.list();
	}

	record NewAccountForm(String phone, String email, Set<Role> roles, String password) {
	}

	record StaffRow(String phone, String email, String roles) {
	}

}
