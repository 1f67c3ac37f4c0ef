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

	/**
	 * The account's link to the child and whether a court restriction against the account
	 * over the child is in force on the day (as {@link CourtRestrictions#isRestricted}),
	 * read at once: the access policy asks both on every record page. Empty when there is
	 * no link.
	 */
	Optional<CheckedLink> linkOn(AccountId guardian, ChildId child, java.time.LocalDate on);

	/**
	 * A link with the court's word on it for one day.
	 *
	 * @param link the link
	 * @param restricted whether a court restriction is in force on that day
	 */
	record CheckedLink(GuardianLink link, boolean restricted) {
	}

	/** The other guardians of the child whose kinship is verified. */
	List<AccountId> otherVerifiedGuardians(ChildId child, AccountId except);

	/**
	 * The verified guardians of up to {@code children} children, by child id, starting
	 * after the one given ({@code null} for the first): who the reminder job tells, read
	 * a page at a time. Children born on or before {@code bornAfter} (adults) are left
	 * out.
	 */
	List<Guardian> verifiedGuardians(java.time.LocalDate bornAfter, ChildId after, int children);

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
