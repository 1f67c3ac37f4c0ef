package org.medkarta.demo;

import java.util.List;
import java.util.Set;

import org.medkarta.identity.Role;

/**
 * The demo accounts README.md lists. All share one password; each signs in with it and
 * the SMS code from {@code /dev/outbox}.
 */
final class DemoAccounts {

	static final String PASSWORD = "medkarta-demo";

	static final List<DemoAccount> ALL = List.of(
			new DemoAccount("+79000000001", "parent@demo.medkarta.ru", Set.of(Role.CITIZEN)),
			new DemoAccount("+79000000002", "operator@demo.medkarta.ru", Set.of(Role.OPERATOR)),
			new DemoAccount("+79000000003", "staff1@demo.medkarta.ru", Set.of(Role.CLINIC_STAFF)),
			new DemoAccount("+79000000004", "clinicadmin1@demo.medkarta.ru", Set.of(Role.CLINIC_ADMIN)),
			new DemoAccount("+79000000005", "staff2@demo.medkarta.ru", Set.of(Role.CLINIC_STAFF)),
			new DemoAccount("+79000000006", "clinicadmin2@demo.medkarta.ru", Set.of(Role.CLINIC_ADMIN)),
			new DemoAccount("+79000000009", "admin@demo.medkarta.ru", Set.of(Role.ADMIN)));

	private DemoAccounts() {
	}

	record DemoAccount(String phone, String email, Set<Role> roles) {
	}

}
