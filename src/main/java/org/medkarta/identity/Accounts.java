package org.medkarta.identity;

import java.util.Optional;
import java.util.Set;

import org.medkarta.core.EmailAddress;
import org.medkarta.core.PhoneNumber;

/**
 * What other modules may ask of identity.
 */
public interface Accounts {

	/** How to reach the holder of an account; empty for an unknown id. */
	Optional<AccountContact> contactOf(AccountId account);

	/** The account's trust level; empty for an unknown id. */
	Optional<TrustLevel> trustLevelOf(AccountId account);

	/** The account with this phone, for administrators and clinic administrators. */
	Optional<AccountId> findByPhone(PhoneNumber phone);

	/**
	 * The account of the person with this SNILS, once the citizen registry has matched
	 * their personal data (STANDARD or CONFIRMED); empty otherwise.
	 */
	Optional<AccountId> findByVerifiedSnils(org.medkarta.core.Snils snils);

	/** The roles of an account, for administrators and clinic administrators. */
	java.util.Set<Role> rolesOf(AccountId account);

	/** The personal data the account holder entered, if any. */
	Optional<PersonalData> personalDataOf(AccountId account);

	/**
	 * Creates an account with a confirmed phone, as an administrator does for staff and
	 * operators. Without a password the person sets one through password reset.
	 * @param command what the account holds
	 * @return the new account
	 * @throws AccountExistsException when the phone or e-mail already belongs to an
	 * account
	 */
	AccountId create(NewAccount command);

	/**
	 * An account as an administrator creates it.
	 *
	 * @param phone confirmed by the administrator
	 * @param email the e-mail, confirmed by the administrator too
	 * @param roles at least one
	 * @param password the initial password, or {@code null} to leave it to a reset
	 */
	record NewAccount(PhoneNumber phone, EmailAddress email, Set<Role> roles, String password) {
	}

	/** The phone or e-mail of a new account already belongs to another. */
	class AccountExistsException extends RuntimeException {

		public AccountExistsException() {
			super("The phone or e-mail already belongs to an account");
		}

	}

}
