package org.medkarta.family.internal;

import java.util.Optional;
import java.util.UUID;

import org.medkarta.core.Snils;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a child and a guardian linked to them by SNILS, as operators identify people: the
 * child by the SNILS in the family module's records, the guardian by the SNILS in the
 * personal data of an account linked to the child.
 */
@Component
class GuardianLookup {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	GuardianLookup(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	Optional<UUID> childBySnils(Snils child) {
		return this.jdbc.sql("SELECT id FROM children WHERE snils = :snils")
			.param("snils", child.value())
			.query(UUID.class)
			.optional();
	}

	/**
	 * The account linked to the child whose holder has this SNILS, whatever the status.
	 */
	@Transactional(readOnly = true)
	Optional<AccountId> guardianOf(UUID child, Snils guardian) {
		return this.jdbc.sql("SELECT account_id FROM guardianships WHERE child_id = :child ORDER BY submitted_at")
			.param("child", child)
			.query(UUID.class)
			.list()
			.stream()
			.map(AccountId::new)
			.filter((account) -> this.accounts.personalDataOf(account)
				.map(PersonalData::snils)
				.filter(guardian::equals)
				.isPresent())
			.findFirst();
	}

	/** The full name of the account's holder, or a dash. */
	String nameOf(AccountId account) {
		return this.accounts.personalDataOf(account).map((data) -> data.name().full()).orElse("—");
	}

	/** The SNILS of the account's holder, shown, or a dash. */
	String snilsOf(AccountId account) {
		return this.accounts.personalDataOf(account).map((data) -> data.snils().display()).orElse("—");
	}

}
