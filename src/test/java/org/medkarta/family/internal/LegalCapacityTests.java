package org.medkarta.family.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medkarta.family.FullLegalCapacityRecorded;
import org.medkarta.family.LegalCapacityKind;
import org.medkarta.family.internal.OperatorDeskFixture.Operator;
import org.medkarta.family.internal.OperatorDeskFixture.Parent;
import org.medkarta.identity.RegistryEntries;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full legal capacity before 18, recorded by an operator on the child.
 */
@MedkartaTest
@RecordApplicationEvents
class LegalCapacityTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegistryEntries registry;

	@Autowired
	org.medkarta.identity.Accounts accounts;

	@Autowired
	LegalCapacityService service;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	OperatorDeskFixture desk;

	LocalDate today;

	@BeforeEach
	void desk() {
		this.desk = new OperatorDeskFixture(this.port, this.jdbc, this.registry, this.accounts);
		this.today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Moscow")));
	}

	private LocalDate fullCapacityOn(Parent parent) {
		return this.jdbc.sql("SELECT full_capacity_on FROM children WHERE id = :id")
			.param("id", parent.child().value())
			.query((rs, row) -> rs.getObject(1, LocalDate.class))
			.list()
			.get(0);
	}

	private WebSession.Page record(Operator operator, Map<String, String> form) {
		operator.web().open("/operator/capacity");
		return operator.web().post("/operator/capacity", form);
	}

	@Test
	void anOperatorRecordsAMarriageBefore18() {
		Parent parent = this.desk.parentWithPendingChild("Белкин", this.today.minusYears(17));
		Operator operator = this.desk.operator();
		WebSession.Page done = record(operator, Map.of("childSnils", parent.childSnils().display(), "kind", "MARRIAGE",
				"on", this.today.minusDays(3).toString()));
		assertThat(done.location()).isEqualTo("/operator/capacity");
		assertThat(operator.web().follow(done).text()).contains("Полная дееспособность записана");
		assertThat(fullCapacityOn(parent)).isEqualTo(this.today.minusDays(3));
		assertThat(
				record(operator,
						Map.of("childSnils", parent.childSnils().display(), "kind", "EMANCIPATION", "on",
								this.today.toString()))
					.text())
			.contains("Полная дееспособность этого ребёнка уже записана");
		assertThat(fullCapacityOn(parent)).isEqualTo(this.today.minusDays(3));
	}

	@Test
	void recordingPublishesFullLegalCapacityRecorded() {
		Parent parent = this.desk.parentWithPendingChild("Орехов", this.today.minusYears(16).minusMonths(2));
		Operator operator = this.desk.operator();
		this.events.clear();
		assertThat(
				OperatorDeskFixture
					.asOperator(operator.account(),
							() -> this.service.record(operator.account(), parent.childSnils(), this.today,
									LegalCapacityKind.EMANCIPATION)))
			.isEqualTo(LegalCapacityService.Recording.RECORDED);
		assertThat(this.events.stream(FullLegalCapacityRecorded.class))
			.containsExactly(new FullLegalCapacityRecorded(parent.child(), this.today, LegalCapacityKind.EMANCIPATION));
		assertThat(fullCapacityOn(parent)).isEqualTo(this.today);
	}

	@Test
	void refusesAFutureDateAnUnknownSnilsAndAnAgeTheLawRulesOut() {
		Parent parent = this.desk.parentWithPendingChild("Зуев", this.today.minusYears(15));
		Operator operator = this.desk.operator();
		assertThat(record(operator, Map.of("childSnils", parent.childSnils().display(), "kind", "MARRIAGE", "on",
				this.today.plusDays(1).toString()))
			.text()).contains("Дата не может быть в будущем");
		assertThat(record(operator,
				Map.of("childSnils",
						OperatorDeskFixture.snils("0" + parent.childSnils().value().substring(1, 9)).display(), "kind",
						"MARRIAGE", "on", this.today.toString()))
			.text()).contains("Ребёнка с таким СНИЛС нет на портале");
		assertThat(record(operator, Map.of("childSnils", parent.childSnils().display(), "kind", "EMANCIPATION", "on",
				this.today.toString()))
			.text()).contains("Эмансипация возможна не раньше 16 лет");
		assertThat(record(operator, Map.of("childSnils", "123", "on", "")).text()).contains("Введите СНИЛС в формате")
			.contains("Выберите основание")
			.contains("Введите дату");
		operator.web().submit("/language", Map.of("lang", "en", "return", "/operator/capacity"));
		assertThat(
				record(operator,
						Map.of("childSnils", parent.childSnils().display(), "kind", "MARRIAGE", "on",
								this.today.plusDays(1).toString()))
					.text())
			.contains("The date cannot be in the future");
		assertThat(fullCapacityOn(parent)).isNull();
		assertThat(parent.web().get("/operator/capacity").status()).isEqualTo(403);
	}

}
