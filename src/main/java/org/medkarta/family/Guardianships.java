package org.medkarta.family;

import java.util.List;
import java.util.Optional;

import org.medkarta.identity.AccountId;

/**
 * Which children a guardian is linked to, as other modules ask about them. Reads only;
 * links are made through {@link Family} and checked in this module.
 */
public interface Guardianships {

	/** The children linked to the account, youngest last. */
	List<GuardianLink> childrenOf(AccountId guardian);

	/** The account's link to the child; empty when there is none. */
	Optional<GuardianLink> link(AccountId guardian, ChildId child);

	/** The other guardians of the child whose kinship is verified. */
	List<AccountId> otherVerifiedGuardians(ChildId child, AccountId except);

	/**
	 * Every verified guardian with their child, by child: who the reminder job tells.
	 * Children born before the day given (adults) are left out.
	 */
	List<Guardian> verifiedGuardians(java.time.LocalDate bornAfter);

	/**
	 * A verified guardian of a child.
	 *
	 * @param account the guardian
	 * @param child the child
	 */
	record Guardian(AccountId account, ChildFacts child) {
	}

	/** A child; empty for an unknown id. */
	Optional<ChildFacts> child(ChildId child);

}
