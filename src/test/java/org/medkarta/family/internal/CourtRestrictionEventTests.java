package org.medkarta.family.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medkarta.family.CourtRestrictionKind;
import org.medkarta.family.CourtRestrictionLifted;
import org.medkarta.family.CourtRestrictionRecorded;
import org.medkarta.family.GuardianshipRejected;
import org.medkarta.family.internal.OperatorDeskFixture.Operator;
import org.medkarta.family.internal.OperatorDeskFixture.Parent;
import org.medkarta.identity.RegistryEntries;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events later modules act on: {@link CourtRestrictionRecorded} with the right data,
 * and {@link CourtRestrictionLifted}. The service is called in the test's thread, where
 * events are recorded.
 */
@MedkartaTest
@RecordApplicationEvents
class CourtRestrictionEventTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegistryEntries registry;

	@Autowired
	org.medkarta.identity.Accounts accounts;

	@Autowired
	CourtRestrictionService service;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	@Test
	void recordingPublishesCourtRestrictionRecordedWithTheRestrictionsData() {
		OperatorDeskFixture desk = new OperatorDeskFixture(this.port, this.jdbc, this.registry, this.accounts);
		Parent parent = desk.parentWithPendingChild("Воронин", LocalDate.of(2012, 5, 14));
		Operator operator = desk.operator();
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Moscow")));
		NewRestriction restriction = new NewRestriction(parent.childSnils(), parent.snils(),
				CourtRestrictionKind.RESTRICTION, "Пресненский районный суд города Москвы", "2-777/2026",
				today.minusDays(20), today.minusDays(2), today.plusYears(1));
		this.events.clear();
		assertThat(OperatorDeskFixture.asOperator(operator.account(),
				() -> this.service.record(operator.account(), restriction,
						new UploadedFile("decision.png", OperatorDeskFixture.scan()))))
			.isEqualTo(CourtRestrictionService.Recording.RECORDED);
		UUID id = this.jdbc.sql("SELECT id FROM court_restrictions WHERE child_id = :child")
			.param("child", parent.child().value())
			.query(UUID.class)
			.single();
		assertThat(this.events.stream(CourtRestrictionRecorded.class))
			.containsExactly(new CourtRestrictionRecorded(id, parent.account(), parent.child(),
					CourtRestrictionKind.RESTRICTION, today.minusDays(2), today.plusYears(1)));
		assertThat(this.events.stream(GuardianshipRejected.class))
			.containsExactly(new GuardianshipRejected(parent.account(), parent.child(), "Ограничение по решению суда"));
		this.events.clear();
		assertThat(OperatorDeskFixture.asOperator(operator.account(),
				() -> this.service.lift(operator.account(), id, today,
						new UploadedFile("lift.png", OperatorDeskFixture.scan()))))
			.isEqualTo(CourtRestrictionService.Lifting.LIFTED);
		assertThat(this.events.stream(CourtRestrictionLifted.class))
			.containsExactly(new CourtRestrictionLifted(id, parent.account(), parent.child(), today));
	}

	@Test
	void nothingIsPublishedWhenTheGuardianIsNotLinkedToTheChild() {
		OperatorDeskFixture desk = new OperatorDeskFixture(this.port, this.jdbc, this.registry, this.accounts);
		Parent parent = desk.parentWithPendingChild("Гусев", LocalDate.of(2012, 7, 1));
		Operator operator = desk.operator();
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Moscow")));
		NewRestriction restriction = new NewRestriction(parent.childSnils(), OperatorDeskFixture.snils("987654321"),
				CourtRestrictionKind.OTHER_COURT_ORDER, "Тверской районный суд города Москвы", "2-1/2026",
				today.minusDays(3), today, null);
		this.events.clear();
		assertThat(OperatorDeskFixture.asOperator(operator.account(),
				() -> this.service.record(operator.account(), restriction,
						new UploadedFile("decision.png", OperatorDeskFixture.scan()))))
			.isEqualTo(CourtRestrictionService.Recording.UNKNOWN_GUARDIAN);
		assertThat(this.events.stream(CourtRestrictionRecorded.class)).isEmpty();
		assertThat(this.events.stream(GuardianshipRejected.class)).isEmpty();
	}

}
