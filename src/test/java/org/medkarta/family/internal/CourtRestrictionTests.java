package org.medkarta.family.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medkarta.family.CourtRestrictions;
import org.medkarta.family.internal.OperatorDeskFixture.Operator;
import org.medkarta.family.internal.OperatorDeskFixture.Parent;
import org.medkarta.identity.RegistryEntries;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Court restrictions recorded and lifted by an operator, over HTTP as the pages are used.
 */
@MedkartaTest
class CourtRestrictionTests {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegistryEntries registry;

	@Autowired
	org.medkarta.identity.Accounts accounts;

	@Autowired
	CourtRestrictions restrictions;

	@Autowired
	MutableClock clock;

	OperatorDeskFixture desk;

	LocalDate today;

	@BeforeEach
	void desk() {
		this.desk = new OperatorDeskFixture(this.port, this.jdbc, this.registry, this.accounts);
		this.today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Moscow")));
	}

	private Map<String, String> restriction(Parent parent) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("childSnils", parent.childSnils().display());
		form.put("guardianSnils", parent.snils().display());
		form.put("kind", "DEPRIVATION");
		form.put("court", "Хамовнический районный суд города Москвы");
		form.put("decisionNumber", "2-" + parent.childSnils().value().substring(0, 4) + "/2026");
		form.put("decisionDate", this.today.minusDays(40).toString());
		form.put("validFrom", this.today.minusDays(5).toString());
		form.put("validUntil", "");
		return form;
	}

	private WebSession.Page record(Operator operator, Map<String, String> form, byte[] document) {
		operator.web().open("/operator/restrictions/new");
		return OperatorDeskFixture.postMultipart(operator.web(), "/operator/restrictions/new", form, "document",
				document);
	}

	private long restrictionsOf(Parent parent) {
		return this.jdbc.sql("SELECT count(*) FROM court_restrictions WHERE child_id = :child")
			.param("child", parent.child().value())
			.query(Long.class)
			.single();
	}

	@org.springframework.beans.factory.annotation.Autowired
	FamilyService family;

	@Autowired
	org.medkarta.family.Guardianships guardianships;

	/** The court's word as the link read for the access policy carries it. */
	private boolean restrictedLink(Parent parent, LocalDate on) {
		return this.guardianships.linkOn(parent.account(), parent.child(), on).orElseThrow().restricted();
	}

	@Test
	void aRecordedRestrictionRejectsThePendingClaimAndAppliesFromItsFirstDay() {
		Parent parent = this.desk.parentWithPendingChild("Лебедев", LocalDate.of(2015, 6, 1));
		Operator operator = this.desk.operator();
		assertThat(this.desk.guardianshipStatus(parent)).isEqualTo("PENDING");
		Map<String, String> form = restriction(parent);
		WebSession.Page done = record(operator, form, OperatorDeskFixture.scan());
		assertThat(done.location()).isEqualTo("/operator/restrictions");
		assertThat(operator.web().follow(done).text()).contains("Ограничение записано")
			.contains("Лебедев Мария Павловна")
			.contains("Лебедев Павел Ильич")
			.contains("Лишение родительских прав")
			.contains("Действует");
		assertThat(this.desk.guardianshipStatus(parent)).isEqualTo("REJECTED");
		assertThat(parent.web().open("/family").text()).contains("Ограничение по решению суда");
		LocalDate from = this.today.minusDays(5);
		assertThat(this.restrictions.isRestricted(parent.account(), parent.child(), from.minusDays(1))).isFalse();
		assertThat(this.restrictions.isRestricted(parent.account(), parent.child(), from)).isTrue();
		assertThat(this.restrictions.isRestricted(parent.account(), parent.child(), this.today.plusYears(3))).isTrue();
		assertThat(restrictedLink(parent, from.minusDays(1))).isFalse();
		assertThat(restrictedLink(parent, from)).isTrue();
		assertThat(restrictedLink(parent, this.today.plusYears(3))).isTrue();
		assertThat(this.restrictions.activeReason(parent.account(), parent.child(), this.today))
			.contains("Хамовнический районный суд города Москвы, решение № " + form.get("decisionNumber") + " от "
					+ SHOWN.format(this.today.minusDays(40)));
		assertThat(parent.web().open("/family").text()).contains("Ограничено решением суда:")
			.contains("Хамовнический районный суд города Москвы");
		assertThat(this.family.add(parent.account(),
				new org.medkarta.family.ChildDetails(new org.medkarta.core.PersonName("Лебедев", "Павел", "Ильич"),
						LocalDate.of(2015, 6, 1), parent.childSnils(),
						org.medkarta.core.BirthCertificateNumber.of("II-МЮ", "111222"), LocalDate.of(2015, 6, 10)),
				Map.of()))
			.isEqualTo(FamilyService.Added.RESTRICTED);
		assertThat(record(operator, form, OperatorDeskFixture.scan()).text())
			.contains("Это решение для этого представителя и ребёнка уже записано");
		assertThat(restrictionsOf(parent)).isOne();
	}

	@Test
	void liftingEndsTheRestrictionFromItsDateAndKeepsTheRecord() {
		Parent parent = this.desk.parentWithPendingChild("Комаров", LocalDate.of(2014, 2, 3));
		Operator operator = this.desk.operator();
		operator.web().follow(record(operator, restriction(parent), OperatorDeskFixture.scan()));
		UUID id = this.jdbc.sql("SELECT id FROM court_restrictions WHERE child_id = :child")
			.param("child", parent.child().value())
			.query(UUID.class)
			.single();
		String lift = "/operator/restrictions/" + id + "/lift";
		operator.web().open(lift);
		WebSession.Page early = OperatorDeskFixture.postMultipart(operator.web(), lift,
				Map.of("liftedOn", this.today.minusDays(41).toString()), "document", OperatorDeskFixture.scan());
		assertThat(early.text()).contains("не может быть отменено раньше даты решения");
		WebSession.Page done = OperatorDeskFixture.postMultipart(operator.web(), lift,
				Map.of("liftedOn", this.today.toString()), "document", OperatorDeskFixture.scan());
		assertThat(done.location()).isEqualTo("/operator/restrictions");
		assertThat(operator.web().follow(done).text()).contains("Отмена ограничения записана")
			.contains("Отменено с " + SHOWN.format(this.today));
		assertThat(this.restrictions.isRestricted(parent.account(), parent.child(), this.today)).isFalse();
		assertThat(this.restrictions.activeReason(parent.account(), parent.child(), this.today)).isEmpty();
		assertThat(this.restrictions.isRestricted(parent.account(), parent.child(), this.today.minusDays(1))).isTrue();
		assertThat(restrictedLink(parent, this.today)).isFalse();
		assertThat(restrictedLink(parent, this.today.minusDays(1))).isTrue();
		operator.web().open(lift);
		WebSession.Page again = OperatorDeskFixture.postMultipart(operator.web(), lift,
				Map.of("liftedOn", this.today.toString()), "document", OperatorDeskFixture.scan());
		assertThat(operator.web().follow(again).text()).contains("Отмена этого ограничения уже записана");
		assertThat(restrictionsOf(parent)).isOne();
		assertThat(this.desk.documentsOf(operator)).isEqualTo(2);
		assertThat(operator.web().get("/operator/restrictions/" + UUID.randomUUID() + "/lift").status()).isEqualTo(404);
	}

	@Test
	void citizensCannotOpenTheRestrictionPages() {
		Parent parent = this.desk.parentWithPendingChild("Голубев", LocalDate.of(2016, 1, 1));
		WebSession citizen = parent.web();
		assertThat(citizen.get("/operator/restrictions").status()).isEqualTo(403);
		assertThat(citizen.get("/operator/restrictions/new").status()).isEqualTo(403);
		assertThat(citizen.get("/operator/capacity").status()).isEqualTo(403);
		citizen.open("/family");
		assertThat(OperatorDeskFixture
			.postMultipart(citizen, "/operator/restrictions/new", restriction(parent), "document",
					OperatorDeskFixture.scan())
			.status()).isEqualTo(403);
		assertThat(restrictionsOf(parent)).isZero();
		assertThat(this.desk.guardianshipStatus(parent)).isEqualTo("PENDING");
	}

	@Test
	void badInputGetsMessagesAtTheFieldsAndStoresNothing() {
		Parent parent = this.desk.parentWithPendingChild("Соловьёв", LocalDate.of(2013, 9, 9));
		Operator operator = this.desk.operator();
		Map<String, String> empty = Map.of("childSnils", "", "guardianSnils", "", "court", " ", "decisionNumber", "",
				"decisionDate", "", "validFrom", "");
		assertThat(record(operator, empty, null).text()).contains("Введите СНИЛС в формате")
			.contains("Выберите вид ограничения")
			.contains("Укажите суд")
			.contains("Укажите номер решения")
			.contains("Введите дату")
			.contains("Загрузите решение суда");
		Map<String, String> dates = restriction(parent);
		dates.put("decisionDate", this.today.plusDays(1).toString());
		dates.put("validUntil", this.today.minusDays(6).toString());
		assertThat(record(operator, dates, OperatorDeskFixture.scan()).text()).contains("Дата не может быть в будущем")
			.contains("Дата окончания не может быть раньше даты начала");
		Map<String, String> early = restriction(parent);
		early.put("validFrom", this.today.minusDays(41).toString());
		assertThat(record(operator, early, OperatorDeskFixture.scan()).text())
			.contains("Ограничение не может действовать раньше даты решения");
		Map<String, String> unknownChild = restriction(parent);
		unknownChild.put("childSnils",
				OperatorDeskFixture.snils("0" + parent.childSnils().value().substring(1, 9)).display());
		assertThat(record(operator, unknownChild, OperatorDeskFixture.scan()).text())
			.contains("Ребёнка с таким СНИЛС нет на портале");
		Map<String, String> stranger = restriction(parent);
		stranger.put("guardianSnils", "112-233-445 95");
		assertThat(record(operator, stranger, OperatorDeskFixture.scan()).body()).contains("id=\"guardianSnils-error\"")
			.contains("не привязан представитель с этим СНИЛС");
		WebSession.Page refused = record(operator, restriction(parent), "<html>not a decision</html>".getBytes());
		assertThat(refused.status()).isEqualTo(415);
		assertThat(refused.body()).contains("id=\"document-error\"")
			.contains("Принимаются только файлы JPEG, PNG или PDF");
		assertThat(restrictionsOf(parent)).isZero();
		assertThat(this.desk.documentsOf(operator)).isZero();
		assertThat(this.desk.guardianshipStatus(parent)).isEqualTo("PENDING");
	}

	@Test
	void messagesAreInEnglishForAnEnglishReader() {
		Operator operator = this.desk.operator();
		operator.web().open("/operator/restrictions");
		operator.web().submit("/language", Map.of("lang", "en", "return", "/operator/restrictions"));
		assertThat(record(operator, Map.of("decisionDate", this.today.plusDays(2).toString()), null).text())
			.contains("Choose the kind of restriction")
			.contains("Give the court")
			.contains("Upload the court decision");
	}

}
