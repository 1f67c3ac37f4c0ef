package org.medkarta.identity.internal;

import java.time.Clock;
import java.util.Optional;

import org.medkarta.identity.AccountId;
import org.medkarta.identity.CitizenRegistry;
import org.medkarta.identity.PersonalData;
import org.medkarta.identity.TrustLevel;
import org.medkarta.identity.TrustLevelLowered;
import org.medkarta.identity.TrustLevelRaised;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * «Личные данные»: keeps what the account holder entered, asks the citizen registry, and
 * moves the trust level accordingly (DOMAIN.md §2).
 */
@Service
class PersonalDataService {

	private final AccountRepository accounts;

	private final CitizenRegistry registry;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	PersonalDataService(AccountRepository accounts, CitizenRegistry registry, ApplicationEventPublisher events,
			JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.registry = registry;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<PersonalDataRow> load(AccountId id) {
		return this.accounts.findById(id.value()).flatMap(Account::personalData);
	}

	/**
	 * Saves the data and the registry's answer.
	 * @return what became of it
	 */
	@Transactional
	Outcome save(AccountId id, PersonalData data) {
		boolean snilsTaken = this.jdbc
			.sql("SELECT count(*) > 0 FROM personal_data WHERE snils = :snils AND account_id <> :account")
			.param("snils", data.snils().value())
			.param("account", id.value())
			.query(Boolean.class)
			.single();
		if (snilsTaken) {
			return new Outcome(null, null, true);
		}
		Account account = this.accounts.findById(id.value()).orElseThrow();
		CitizenRegistry.Answer answer = this.registry.check(data);
		TrustLevel before = account.enterPersonalData(data, answer, this.clock.instant());
		this.accounts.save(account);
		TrustLevel after = account.trustLevel();
		if (after.compareTo(before) > 0) {
			this.events.publishEvent(new TrustLevelRaised(id, after));
		}
		else if (after.compareTo(before) < 0) {
			this.events.publishEvent(new TrustLevelLowered(id, after));
		}
		return new Outcome(answer, after, false);
	}

	/**
	 * What saving personal data led to.
	 *
	 * @param answer the registry's answer, or {@code null} when nothing was saved
	 * @param level the account's level now
	 * @param snilsTaken whether the SNILS already belongs to another account
	 */
	record Outcome(CitizenRegistry.Answer answer, TrustLevel level, boolean snilsTaken) {
	}

}
