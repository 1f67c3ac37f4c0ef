package org.medkarta.access.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medkarta.access.AccessDecision;
import org.medkarta.access.Denial;
import org.medkarta.access.RecordSection;
import org.medkarta.core.PersonName;
import org.medkarta.core.Snils;
import org.medkarta.family.ChildFacts;
import org.medkarta.family.ChildId;
import org.medkarta.family.GuardianLink;
import org.medkarta.family.Guardianships;
import org.medkarta.family.KinshipStatus;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.TrustLevel;
import org.medkarta.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The access policy, rule by rule, with every fact it reads given and the clock set: the
 * preconditions in order, and the age rules on the day before and the day of the 15th and
 * 18th birthdays (in Moscow, where the day starts three hours before UTC's).
 */
class PolicyTests {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static final AccountId PARENT = new AccountId(UUID.randomUUID());

	private static final ChildId CHILD = new ChildId(UUID.randomUUID());

	private static final LocalDate BORN = LocalDate.of(2010, 5, 20);

	private final Accounts accounts = mock(Accounts.class);

	private final Guardianships guardianships = mock(Guardianships.class);

	private final Grants grants = mock(Grants.class);

	private final MutableClock clock = new MutableClock(Instant.parse("2020-01-01T00:00:00Z"));

	private final org.medkarta.clinics.Clinics clinics = mock(org.medkarta.clinics.Clinics.class);

	private final PolicyService policy = new PolicyService(this.accounts, this.guardianships, this.grants, this.clinics,
			new AccessSettings(3, 18, 15, 30, java.time.Duration.ofMinutes(5)), this.clock);

	private void facts(TrustLevel level, KinshipStatus kinship, LocalDate born, LocalDate fullCapacityOn,
			boolean restricted, boolean grant) {
		ChildFacts child = new ChildFacts(CHILD, new PersonName("Орлова", "Соня", null), born, new Snils("10010466465"),
				fullCapacityOn);
		when(this.accounts.trustLevelOf(PARENT)).thenReturn(Optional.ofNullable(level));
		when(this.guardianships.linkOn(eq(PARENT), eq(CHILD), any())).thenAnswer((call) -> {
			// The court's word is asked for today in Moscow, whenever the check runs.
			assertThat(call.getArgument(2, LocalDate.class)).isEqualTo(LocalDate.now(this.clock.withZone(MOSCOW)));
			return (kinship != null)
					? Optional
						.of(new Guardianships.CheckedLink(new GuardianLink(child, kinship, true, null), restricted))
					: Optional.empty();
		});
		when(this.guardianships.child(CHILD)).thenReturn(Optional.of(child));
		when(this.grants.active(PARENT, CHILD)).thenReturn(grant);
	}

	/** Sets the clock to a moment of the given day in Moscow. */
	private void on(LocalDate day, LocalTime time) {
		Instant target = ZonedDateTime.of(day, time, MOSCOW).toInstant();
		this.clock.advance(java.time.Duration.between(this.clock.instant(), target));
	}

	/**
	 * The policy's answer, without the linked child (which
	 * {@link #theAnswerCarriesTheLinkedChild} checks).
	 */
	private AccessDecision check() {
		AccessDecision decision = this.policy.check(PARENT, CHILD, RecordSection.OVERVIEW);
		return new AccessDecision(decision.allowed(), decision.denial(), decision.minorIsTold(), null);
	}

	@Test
	void theAnswerCarriesTheLinkedChild() {
		facts(TrustLevel.CONFIRMED, KinshipStatus.VERIFIED, BORN, null, false, true);
		on(LocalDate.of(2020, 6, 1), LocalTime.NOON);
		assertThat(this.policy.check(PARENT, CHILD, RecordSection.OVERVIEW).linked().id()).isEqualTo(CHILD);
		facts(TrustLevel.STANDARD, KinshipStatus.VERIFIED, BORN, null, false, true);
		AccessDecision refused = this.policy.check(PARENT, CHILD, RecordSection.OVERVIEW);
		assertThat(refused.denial()).isEqualTo(Denial.NOT_CONFIRMED);
		assertThat(refused.linked().id()).isEqualTo(CHILD);
		facts(TrustLevel.CONFIRMED, null, BORN, null, false, false);
		assertThat(this.policy.check(PARENT, CHILD, RecordSection.OVERVIEW).linked()).isNull();
	}

	@Test
	void aConfirmedVerifiedParentWithAGrantSeesTheRecord() {
		facts(TrustLevel.CONFIRMED, KinshipStatus.VERIFIED, BORN, null, false, true);
		on(LocalDate.of(2020, 6, 1), LocalTime.NOON);
		assertThat(check()).isEqualTo(AccessDecision.allow(false));
	}

	@ParameterizedTest
	@EnumSource(value = TrustLevel.class, names = { "SIMPLIFIED", "STANDARD" })
	void anAccountBelowConfirmedIsRefused(TrustLevel level) {
		facts(level, KinshipStatus.VERIFIED, BORN, null, false, true);
		assertThat(check()).isEqualTo(AccessDecision.deny(Denial.NOT_CONFIRMED));
	}

	@Test
	void anUnknownAccountIsRefused() {
		facts(null, KinshipStatus.VERIFIED, BORN, null, false, true);
		assertThat(check().denial()).isEqualTo(Denial.NOT_CONFIRMED);
	}

	@Test
	void kinshipMustBeLinkedAndVerified() {
		facts(TrustLevel.CONFIRMED, null, BORN, null, false, true);
		assertThat(check().denial()).isEqualTo(Denial.NOT_LINKED);
		facts(TrustLevel.CONFIRMED, KinshipStatus.PENDING, BORN, null, false, true);
		assertThat(check().denial()).isEqualTo(Denial.KINSHIP_PENDING);
		facts(TrustLevel.CONFIRMED, KinshipStatus.REJECTED, BORN, null, false, true);
		assertThat(check().denial()).isEqualTo(Denial.KINSHIP_REJECTED);
	}

	@Test
	void aCourtRestrictionRefusesEvenWithAGrant() {
		facts(TrustLevel.CONFIRMED, KinshipStatus.VERIFIED, BORN, null, true, true);
		assertThat(check().denial()).isEqualTo(Denial.COURT_RESTRICTION);
	}

	@Test
	void withoutAGrantTheRecordIsClosed() {
		facts(TrustLevel.CONFIRMED, KinshipStatus.VERIFIED, BORN, null, false, false);
		on(LocalDate.of(2020, 6, 1), LocalTime.NOON);
		assertThat(check().denial()).isEqualTo(Denial.NO_GRANT);
	}

	@Test
	void theChildIsToldFromThe15thBirthdayInMoscow() {
		facts(TrustLevel.CONFIRMED, KinshipStatus.VERIFIED, BORN, null, false, true);
		on(BORN.plusYears(15).minusDays(1), LocalTime.of(23, 59));
		assertThat(check()).isEqualTo(AccessDecision.allow(false));
		on(BORN.plusYears(15), LocalTime.of(0, 1));
		assertThat(check()).isEqualTo(AccessDecision.allow(true));
	}

	@Test
	void accessEndsOnThe18thBirthdayInMoscow() {
		facts(TrustLevel.CONFIRMED, KinshipStatus.VERIFIED, BORN, null, false, true);
		on(BORN.plusYears(18).minusDays(1), LocalTime.of(23, 59));
		assertThat(check()).isEqualTo(AccessDecision.allow(true));
		on(BORN.plusYears(18), LocalTime.of(0, 1));
		assertThat(check()).isEqualTo(AccessDecision.deny(Denial.ADULT));
		assertThat(this.policy.accessEndsOn(this.guardianships.child(CHILD).orElseThrow()))
			.isEqualTo(BORN.plusYears(18));
	}

	@Test
	void someoneBornOn29FebruaryComesOfAgeOn28FebruaryOfACommonYear() {
		LocalDate leap = LocalDate.of(2008, 2, 29);
		facts(TrustLevel.CONFIRMED, KinshipStatus.VERIFIED, leap, null, false, true);
		on(LocalDate.of(2026, 2, 27), LocalTime.NOON);
		assertThat(check().allowed()).isTrue();
		on(LocalDate.of(2026, 2, 28), LocalTime.NOON);
		assertThat(check().denial()).isEqualTo(Denial.ADULT);
	}

	@Test
	void fullLegalCapacityEndsAccessFromItsDay() {
		LocalDate married = LocalDate.of(2026, 9, 1);
		facts(TrustLevel.CONFIRMED, KinshipStatus.VERIFIED, BORN, married, false, true);
		on(married.minusDays(1), LocalTime.NOON);
		assertThat(check().allowed()).isTrue();
		on(married, LocalTime.NOON);
		assertThat(check().denial()).isEqualTo(Denial.FULL_CAPACITY);
		assertThat(this.policy.accessEndsOn(this.guardianships.child(CHILD).orElseThrow())).isEqualTo(married);
	}

	@Test
	void theChecksComeInTheirOrder() {
		facts(TrustLevel.STANDARD, KinshipStatus.PENDING, BORN, LocalDate.of(2019, 1, 1), true, false);
		on(LocalDate.of(2030, 1, 1), LocalTime.NOON);
		assertThat(check().denial()).isEqualTo(Denial.NOT_CONFIRMED);
		facts(TrustLevel.CONFIRMED, KinshipStatus.VERIFIED, BORN, LocalDate.of(2019, 1, 1), true, false);
		assertThat(check().denial()).isEqualTo(Denial.COURT_RESTRICTION);
		facts(TrustLevel.CONFIRMED, KinshipStatus.VERIFIED, BORN, LocalDate.of(2019, 1, 1), false, false);
		assertThat(check().denial()).isEqualTo(Denial.FULL_CAPACITY);
		for (RecordSection section : RecordSection.values()) {
			assertThat(this.policy.check(PARENT, CHILD, section).denial()).isEqualTo(Denial.FULL_CAPACITY);
		}
		assertThat(List.of(Denial.values())).hasSize(9);
	}

	@Test
	void staffSeeTheRecordsOfTheirOwnClinicsChildrenOnly() {
		facts(TrustLevel.CONFIRMED, KinshipStatus.VERIFIED, BORN, null, false, false);
		on(LocalDate.of(2020, 6, 1), LocalTime.NOON);
		AccountId staff = new AccountId(UUID.randomUUID());
		org.medkarta.clinics.ClinicId own = new org.medkarta.clinics.ClinicId(UUID.randomUUID());
		org.medkarta.clinics.Clinic clinic = new org.medkarta.clinics.Clinic(own, "ГБУЗ", "ДП", "1027800000018", "", "",
				"");
		when(this.clinics.clinicOf(new Snils("10010466465"))).thenReturn(Optional.of(clinic));
		when(this.clinics.clinicsOf(staff)).thenReturn(java.util.Set.of(own));
		assertThat(this.policy.checkStaff(staff, CHILD, RecordSection.LAB_RESULTS))
			.isEqualTo(AccessDecision.allow(false));
		when(this.clinics.clinicsOf(staff))
			.thenReturn(java.util.Set.of(new org.medkarta.clinics.ClinicId(UUID.randomUUID())));
		assertThat(this.policy.checkStaff(staff, CHILD, RecordSection.LAB_RESULTS).denial())
			.isEqualTo(Denial.NOT_CLINIC_STAFF);
		when(this.clinics.clinicOf(new Snils("10010466465"))).thenReturn(Optional.empty());
		assertThat(this.policy.checkStaff(staff, CHILD, RecordSection.OVERVIEW).denial())
			.isEqualTo(Denial.NOT_CLINIC_STAFF);
	}

}
