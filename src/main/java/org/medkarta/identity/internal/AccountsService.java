package org.medkarta.identity.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.medkarta.core.PhoneNumber;
import org.medkarta.core.Snils;
import org.medkarta.identity.AccountContact;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.PersonalData;
import org.medkarta.identity.TrustLevel;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountsService implements Accounts {

	private final AccountRepository accounts;

	private final Passwords passwords;

	private final Clock clock;

	AccountsService(AccountRepository accounts, Passwords passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountContact> contactOf(AccountId account) {
		return this.accounts.findById(account.value())
			.map((found) -> new AccountContact(found.phone(),
					found.emailConfirmed() ? Optional.of(found.email()) : Optional.empty(), found.locale()));
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<TrustLevel> trustLevelOf(AccountId account) {
		// One column, not the whole account, and no transaction of its own: the access
		// policy asks on every record page (PolicyService).
		return this.accounts.findTrustLevel(account.value()).map(TrustLevel::valueOf);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountId> findByVerifiedSnils(Snils snils) {
		return this.accounts.findIdByVerifiedSnils(snils.value()).map(AccountId::new);
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'CLINIC_ADMIN')")
	public Optional<AccountId> findByPhone(PhoneNumber phone) {
		return this.accounts.findByPhone(phone.value()).map(Account::accountId);
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'CLINIC_ADMIN')")
	public java.util.Set<org.medkarta.identity.Role> rolesOf(AccountId account) {
		return this.accounts.findById(account.value()).map(Account::roles).orElse(java.util.Set.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PersonalData> personalDataOf(AccountId account) {
		return this.accounts.findById(account.value()).flatMap(Account::personalData).map(PersonalDataRow::toData);
	}

	@Override
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public AccountId create(NewAccount command) {
		if (command.roles().isEmpty()) {
			throw new IllegalArgumentException("An account needs at least one role");
		}
		if (this.accounts.existsByPhone(command.phone().value())
				|| this.accounts.confirmedEmailExists(command.email().value())) {
			throw new AccountExistsException();
		}
		String hash = (command.password() != null) ? this.passwords.hash(command.password()) : null;
		Account account = Account.created(command.phone(), command.email(), command.roles(), hash, currentAccountId(),
				this.clock.instant());
		this.accounts.save(account);
		return account.accountId();
	}

	private static UUID currentAccountId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentAccount current) {
			return current.id().value();
		}
		return null;
	}

}
