package org.medkarta.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.medkarta.core.EmailAddress;
import org.medkarta.core.PhoneNumber;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.CitizenRegistry;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.PersonalData;
import org.medkarta.identity.Role;
import org.medkarta.identity.TrustLevel;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An account: a confirmed phone, an e-mail, a password, a trust level and roles.
 */
@Table("accounts")
class Account {

	@Id
	private final UUID id;

	private String phone;

	private String email;

	private Instant emailConfirmedAt;

	private String passwordHash;

	private TrustLevel trustLevel;

	private String locale;

	private final Instant consentAt;

	@MappedCollection(idColumn = "account_id")
	private Set<RoleGrant> roles;

	@MappedCollection(idColumn = "account_id")
	private PersonalDataRow personalData;

	@Version
	private Long version;

	private final Instant createdAt;

	private final UUID createdBy;

	private Instant updatedAt;

	private UUID updatedBy;

	@PersistenceCreator
	Account(UUID id, String phone, String email, Instant emailConfirmedAt, String passwordHash, TrustLevel trustLevel,
			String locale, Instant consentAt, Set<RoleGrant> roles, PersonalDataRow personalData, Long version,
			Instant createdAt, UUID createdBy, Instant updatedAt, UUID updatedBy) {
		this.id = id;
		this.phone = phone;
		this.email = email;
		this.emailConfirmedAt = emailConfirmedAt;
		this.passwordHash = passwordHash;
		this.trustLevel = trustLevel;
		this.locale = locale;
		this.consentAt = consentAt;
		this.roles = new HashSet<>(roles);
		this.personalData = personalData;
		this.version = version;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.updatedAt = updatedAt;
		this.updatedBy = updatedBy;
	}

	/** A citizen who has just confirmed the phone of a registration. */
	static Account registered(PhoneNumber phone, EmailAddress email, String passwordHash, Locale locale,
			Instant consentAt, Instant now) {
		return new Account(UUID.randomUUID(), phone.value(), email.value(), null, passwordHash, TrustLevel.SIMPLIFIED,
				locale.getLanguage(), consentAt, Set.of(new RoleGrant(Role.CITIZEN)), null, null, now, null, now, null);
	}

	/**
	 * An account an administrator creates; the administrator vouches for phone and
	 * e-mail.
	 */
	static Account created(PhoneNumber phone, EmailAddress email, Set<Role> roles, String passwordHash, UUID by,
			Instant now) {
		Set<RoleGrant> grants = roles.stream().map(RoleGrant::new).collect(Collectors.toSet());
		return new Account(UUID.randomUUID(), phone.value(), email.value(), now, passwordHash, TrustLevel.SIMPLIFIED,
				"ru", null, grants, null, null, now, by, now, by);
	}

	AccountId accountId() {
		return new AccountId(this.id);
	}

	UUID id() {
		return this.id;
	}

	PhoneNumber phone() {
		return new PhoneNumber(this.phone);
	}

	EmailAddress email() {
		return (this.email != null) ? new EmailAddress(this.email) : null;
	}

	boolean emailConfirmed() {
		return this.emailConfirmedAt != null;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	TrustLevel trustLevel() {
		return this.trustLevel;
	}

	Locale locale() {
		return Locale.forLanguageTag(this.locale);
	}

	Set<Role> roles() {
		Set<Role> result = EnumSet.noneOf(Role.class);
		this.roles.forEach((grant) -> result.add(grant.role()));
		return result;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	CurrentAccount asCurrent() {
		return new CurrentAccount(accountId(), roles());
	}

	Optional<PersonalDataRow> personalData() {
		return Optional.ofNullable(this.personalData);
	}

	/**
	 * Keeps newly entered personal data with the registry's answer. A match raises a
	 * simplified account to STANDARD; a change of passport or SNILS drops a STANDARD or
	 * CONFIRMED account back, and the level then follows the new answer.
	 * @return the level before the change
	 */
	TrustLevel enterPersonalData(PersonalData data, CitizenRegistry.Answer answer, Instant now) {
		TrustLevel before = this.trustLevel;
		if (this.personalData != null && this.personalData.documentsDifferFrom(data)) {
			this.trustLevel = TrustLevel.SIMPLIFIED;
		}
		if (answer.matches() && this.trustLevel == TrustLevel.SIMPLIFIED) {
			this.trustLevel = TrustLevel.STANDARD;
		}
		if (!answer.matches() && this.trustLevel != TrustLevel.SIMPLIFIED
				&& (this.personalData == null || this.personalData.documentsDifferFrom(data))) {
			this.trustLevel = TrustLevel.SIMPLIFIED;
		}
		this.personalData = PersonalDataRow.of(data, answer, now);
		touched(this.id, now);
		return before;
	}

	/** An operator confirmed the passport: STANDARD becomes CONFIRMED. */
	void confirmIdentity(Instant now) {
		if (this.trustLevel != TrustLevel.STANDARD) {
			throw new IllegalStateException("Only a STANDARD account can be confirmed, this one is " + this.trustLevel);
		}
		this.trustLevel = TrustLevel.CONFIRMED;
		touched(this.id, now);
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		touched(this.id, now);
	}

	void changePhone(PhoneNumber newPhone, Instant now) {
		this.phone = newPhone.value();
		touched(this.id, now);
	}

	/**
	 * A new address waits for its link; until then the account has no confirmed e-mail.
	 */
	void changeEmail(EmailAddress newEmail, Instant now) {
		this.email = newEmail.value();
		this.emailConfirmedAt = null;
		touched(this.id, now);
	}

	void confirmEmail(Instant now) {
		this.emailConfirmedAt = now;
		touched(this.id, now);
	}

	void useLocale(Locale newLocale, Instant now) {
		this.locale = newLocale.getLanguage();
		touched(this.id, now);
	}

	private void touched(UUID by, Instant now) {
		this.updatedAt = now;
		this.updatedBy = by;
	}

}
