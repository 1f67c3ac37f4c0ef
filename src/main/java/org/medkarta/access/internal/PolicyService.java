package org.medkarta.access.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.medkarta.access.AccessDecision;
import org.medkarta.access.AccessPolicy;
import org.medkarta.access.Denial;
import org.medkarta.access.RecordSection;
import org.medkarta.family.ChildFacts;
import org.medkarta.family.ChildId;
import org.medkarta.family.GuardianLink;
import org.medkarta.family.Guardianships;
import org.medkarta.family.KinshipStatus;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.TrustLevel;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access policy (SECURITY.md §8). It reads every fact afresh on each call, so a grant
 * revoked, a restriction recorded or a birthday reached counts from the very next
 * request.
 * <p>
 * A family member's checks read without a transaction of their own (they join the
 * caller's, if there is one): each fact is one statement, and under PostgreSQL's READ
 * COMMITTED every statement sees the data as committed when it starts, inside a
 * transaction or not, so a read-only transaction around them only added a BEGIN and a
 * COMMIT to every record page. The facts they read are read the same way.
 */
@Service
class PolicyService implements AccessPolicy {

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private final Accounts accounts;

	private final Guardianships guardianships;

	private final Grants grants;

	private final org.medkarta.clinics.Clinics clinics;

	private final AccessSettings settings;

	private final Clock clock;

	PolicyService(Accounts accounts, Guardianships guardianships, Grants grants, org.medkarta.clinics.Clinics clinics,
			AccessSettings settings, Clock clock) {
		this.clinics = clinics;
		this.accounts = accounts;
		this.guardianships = guardianships;
		this.grants = grants;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public AccessDecision check(AccountId viewer, ChildId child, RecordSection section) {
		Before before = before(viewer, child);
		ChildFacts linked = (before.link() != null) ? before.link().child() : null;
		if (before.denial() != null) {
			return AccessDecision.deny(before.denial()).linkedTo(linked);
		}
		if (!this.grants.active(viewer, child)) {
			return AccessDecision.deny(Denial.NO_GRANT).linkedTo(linked);
		}
		return AccessDecision.allow(reached(linked.birthDate(), this.settings.informedAge())).linkedTo(linked);
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public AccessDecision checkOwn(AccountId holder, RecordSection section) {
		return this.accounts.trustLevelOf(holder).filter((level) -> level == TrustLevel.CONFIRMED).isPresent()
				? AccessDecision.allow(false) : AccessDecision.deny(Denial.NOT_CONFIRMED);
	}

	@Override
	@Transactional(readOnly = true)
	public AccessDecision checkStaff(AccountId staff, ChildId child, RecordSection section) {
		Optional<ChildFacts> facts = this.guardianships.child(child);
		if (facts.isEmpty()) {
			return AccessDecision.deny(Denial.NOT_CLINIC_STAFF);
		}
		boolean member = this.clinics.clinicOf(facts.get().snils())
			.map((clinic) -> this.clinics.clinicsOf(staff).contains(clinic.id()))
			.orElse(false);
		return member ? AccessDecision.allow(reached(facts.get().birthDate(), this.settings.informedAge()))
				: AccessDecision.deny(Denial.NOT_CLINIC_STAFF);
	}

	/**
	 * What stands in the way, other than the grant itself: the preconditions of asking
	 * for one (DOMAIN.md §4) and the age rules (§5).
	 */
	@Transactional(readOnly = true)
	Optional<Denial> beforeGrant(AccountId viewer, ChildId child) {
		return Optional.ofNullable(before(viewer, child).denial());
	}

	/**
	 * {@link #beforeGrant}, with the link it read, so a caller need not read it again.
	 */
	private Before before(AccountId viewer, ChildId child) {
		Optional<Guardianships.CheckedLink> checked = this.guardianships.linkOn(viewer, child, today());
		Optional<GuardianLink> link = checked.map(Guardianships.CheckedLink::link);
		if (this.accounts.trustLevelOf(viewer).filter((level) -> level == TrustLevel.CONFIRMED).isEmpty()) {
			return new Before(Denial.NOT_CONFIRMED, link.orElse(null));
		}
		if (link.isEmpty()) {
			return new Before(Denial.NOT_LINKED, null);
		}
		if (link.get().kinship() == KinshipStatus.PENDING) {
			return new Before(Denial.KINSHIP_PENDING, link.get());
		}
		if (link.get().kinship() == KinshipStatus.REJECTED) {
			return new Before(Denial.KINSHIP_REJECTED, link.get());
		}
		if (checked.get().restricted()) {
			return new Before(Denial.COURT_RESTRICTION, link.get());
		}
		return new Before(ageDenial(link.get().child()).orElse(null), link.get());
	}

	private record Before(Denial denial, GuardianLink link) {
	}

	/** Whether the age rules end parental access for this child today. */
	Optional<Denial> ageDenial(ChildFacts child) {
		LocalDate today = today();
		if (child.fullCapacityOn() != null && !today.isBefore(child.fullCapacityOn())) {
			return Optional.of(Denial.FULL_CAPACITY);
		}
		if (reached(child.birthDate(), this.settings.adultAge())) {
			return Optional.of(Denial.ADULT);
		}
		return Optional.empty();
	}

	/** The day parental access ends by age: the adult birthday or full capacity. */
	LocalDate accessEndsOn(ChildFacts child) {
		LocalDate adult = child.birthDate().plusYears(this.settings.adultAge());
		return (child.fullCapacityOn() != null && child.fullCapacityOn().isBefore(adult)) ? child.fullCapacityOn()
				: adult;
	}

	/**
	 * Whether the age is reached today: from the birthday on. Someone born on 29 February
	 * reaches it on 28 February of a common year, the last day of that month (Civil Code
	 * art. 192 part 3).
	 */
	private boolean reached(LocalDate birthDate, int years) {
		return !today().isBefore(birthDate.plusYears(years));
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(MOSCOW));
	}

}
