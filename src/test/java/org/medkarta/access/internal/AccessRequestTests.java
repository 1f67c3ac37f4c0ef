package org.medkarta.access.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medkarta.support.AccessWorld;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A parent's request through the pages: «Запросить доступ», the clinic's review, the
 * answers, and every refusal with its message and nothing changed.
 */
@MedkartaTest
class AccessRequestTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	AccessWorld world;

	AccessWorld.Desk clinic;

	java.time.Instant started;

	@BeforeEach
	void setUp() {
		this.started = this.clock.instant();
		this.world = new AccessWorld(this.port, this.context);
		this.clinic = this.world.clinic("Поликлиника № " + UUID.randomUUID().toString().substring(0, 4));
	}

	@org.junit.jupiter.api.AfterEach
	void putTheClockBack() {
		this.clock.reset(this.started);
	}

	private UUID request(AccessWorld.Parent parent) {
		parent.web().open("/services/records");
		WebSession.Page page = parent.web().post("/records/children/" + parent.child() + "/request", Map.of());
		assertThat(page.location()).startsWith("/records/requests/");
		return UUID.fromString(page.location().substring("/records/requests/".length()));
	}

	private WebSession.Page act(WebSession staff, UUID request, String action, String text) {
		staff.open("/clinic/requests/" + request);
		return staff.post("/clinic/requests/" + request,
				Map.of("version", String.valueOf(this.world.versionOf(request)), "action", action, "text", text));
	}

	@Test
	void aParentRequestsTheClinicApprovesAndTheParentIsTold() {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2016, 3, 10));
		assertThat(parent.web().open("/services/records").text()).contains("Орлова Соня Игоревна")
			.contains("Нет доступа")
			.contains("Запросить доступ");
		UUID id = request(parent);
		WebSession.Page page = parent.web().open("/records/requests/" + id);
		assertThat(page.text()).contains("Отправлен").contains(this.clinic.shortName()).contains("Запрос отправлен");

		WebSession staff = this.world.signIn(this.clinic.staffPhone());
		assertThat(staff.open("/clinic/requests").text()).contains("Орлова Соня Игоревна")
			.contains("Орлова Вера Павловна");
		assertThat(staff.open("/clinic/requests/" + id).text()).contains("Подтверждённая")
			.contains("Подтверждено ЗАГС");
		assertThat(act(staff, id, "take", "").location()).isEqualTo("/clinic/requests/" + id);
		assertThat(this.world.statusOf(id)).isEqualTo("IN_REVIEW");
		act(staff, id, "approve", "");
		assertThat(this.world.statusOf(id)).isEqualTo("APPROVED");

		assertThat(parent.web().open("/services/records").text()).contains("Доступ открыт").contains("до 10.03.2034");
		assertThat(parent.web().open("/records/children/" + parent.child()).status()).isEqualTo(200);
		await().untilAsserted(() -> assertThat(parent.web().open("/notifications").text())
			.contains("Доступ к медицинской карте открыт"));
		assertThat(parent.web().open("/records/requests/" + id).text()).contains("Запрос отправлен")
			.contains("Взят на рассмотрение")
			.contains("Доступ открыт");
	}

	@Test
	void eachPreconditionHasItsOwnMessage() {
		AccessWorld.Parent unconfirmed = this.world.parent(this.clinic, LocalDate.of(2016, 3, 10), false);
		assertThat(unconfirmed.web().open("/services/records").text()).contains("Нужна подтверждённая учётная запись")
			.contains("Перейти в профиль");
		assertThat(unconfirmed.web().post("/records/children/" + unconfirmed.child() + "/request", Map.of()).location())
			.isEqualTo("/services/records");
		assertThat(unconfirmed.web().open("/services/records").text()).contains("Нужна подтверждённая учётная запись");
		assertThat(this.jdbc.sql("SELECT count(*) FROM access_requests WHERE account_id = :a")
			.param("a", unconfirmed.account().value())
			.query(Long.class)
			.single()).isZero();

		AccessWorld.Parent awaiting = this.world.parent(this.clinic, LocalDate.of(2016, 3, 10), true, false);
		assertThat(awaiting.web().open("/services/records").text()).contains("Родство с ребёнком ещё проверяется")
			.contains("Перейти в «Семья и дети»");
		assertThat(awaiting.web()
			.follow(awaiting.web().post("/records/children/" + awaiting.child() + "/request", Map.of()))
			.text()).contains("Родство с ребёнком ещё проверяется");

		AccessWorld.Parent unattached = this.world.parent(null, LocalDate.of(2016, 3, 10));
		assertThat(unattached.web().open("/services/records").text()).contains("Ребёнок не прикреплён к поликлинике");

		LocalDate today = LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Europe/Moscow")));
		AccessWorld.Parent nearlyAdult = this.world.parent(this.clinic, today.minusYears(18).plusDays(1));
		assertThat(nearlyAdult.web().open("/services/records").text()).contains("Запросить доступ");
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.world.signIn(nearlyAdult.phone()).open("/services/records").text())
			.contains("Ребёнку исполнилось 18 лет");
	}

	@Test
	void someoneElsesChildOrRequestIsNotFound() {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2016, 3, 10));
		AccessWorld.Parent other = this.world.parent(this.clinic, LocalDate.of(2015, 1, 2));
		UUID id = request(parent);
		other.web().open("/services/records");
		assertThat(other.web().post("/records/children/" + parent.child() + "/request", Map.of()).status())
			.isEqualTo(404);
		assertThat(other.web().get("/records/requests/" + id).status()).isEqualTo(404);
		assertThat(other.web().post("/records/requests/" + id + "/withdraw", Map.of("version", "0")).status())
			.isEqualTo(404);
		assertThat(other.web().get("/records/children/" + parent.child()).status()).isEqualTo(404);
		assertThat(other.web().get("/records/children/not-a-uuid").status()).isEqualTo(400);
		assertThat(this.world.statusOf(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void aDoubleSubmitMakesOneRequest() throws Exception {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2016, 3, 10));
		parent.web().open("/services/records");
		String path = "/records/children/" + parent.child() + "/request";
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		String target;
		try {
			java.util.List<java.util.concurrent.Future<WebSession.Page>> posts = new java.util.ArrayList<>();
			for (int i = 0; i < 4; i++) {
				posts.add(pool.submit(() -> parent.web().post(path, Map.of())));
			}
			target = null;
			for (java.util.concurrent.Future<WebSession.Page> post : posts) {
				assertThat(post.get().location()).startsWith("/records/requests/");
				target = post.get().location();
			}
		}
		finally {
			pool.shutdown();
		}
		// Each of the four left a message for the page it redirected to; read them all,
		// as
		// a browser following each redirect would, so the next answer is the only one
		// left.
		for (int i = 0; i < 4; i++) {
			parent.web().open(target);
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM access_requests WHERE account_id = :a")
			.param("a", parent.account().value())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(parent.web().follow(parent.web().post(path, Map.of())).text())
			.contains("Запрос по этому ребёнку уже открыт");
	}

	@Test
	void aWithdrawnRequestCannotBeDecidedOrWithdrawnAgain() {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2016, 3, 10));
		UUID id = request(parent);
		parent.web().open("/records/requests/" + id);
		assertThat(parent.web().submit("/records/requests/" + id + "/withdraw", Map.of("version", "0")).text())
			.contains("Запрос отозван");
		assertThat(this.world.statusOf(id)).isEqualTo("WITHDRAWN");
		assertThat(parent.web().submit("/records/requests/" + id + "/withdraw", Map.of("version", "1")).text())
			.contains("В нынешнем состоянии запроса это действие невозможно");
		WebSession staff = this.world.signIn(this.clinic.staffPhone());
		assertThat(staff.follow(act(staff, id, "take", "")).text())
			.contains("В нынешнем состоянии запроса это действие невозможно");
		assertThat(this.world.statusOf(id)).isEqualTo("WITHDRAWN");
		assertThat(parent.web().open("/services/records").text()).contains("Вы отозвали прошлый запрос")
			.contains("Запросить доступ");
	}

	@Test
	void aRejectionNeedsAReasonOfAtMostAThousandCharacters() {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2016, 3, 10));
		UUID id = request(parent);
		WebSession staff = this.world.signIn(this.clinic.staffPhone());
		act(staff, id, "take", "");
		assertThat(act(staff, id, "reject", "  ").text()).contains("Укажите причину отказа");
		assertThat(act(staff, id, "reject", "я".repeat(100_000)).text())
			.contains("Слишком длинное значение: не больше 1000 символов");
		assertThat(act(staff, id, "ask", "").text()).contains("Напишите, какие сведения нужны");
		assertThat(act(staff, id, "bogus", "").status()).isEqualTo(400);
		assertThat(this.world.statusOf(id)).isEqualTo("IN_REVIEW");
		act(staff, id, "reject", "msg:trust.CONFIRMED Свидетельство о рождении не читается");
		assertThat(this.world.statusOf(id)).isEqualTo("REJECTED");
		assertThat(parent.web().open("/services/records").text()).contains("Свидетельство о рождении не читается")
			.contains("Запросить доступ");
		await().untilAsserted(() -> assertThat(parent.web().open("/notifications").text())
			.contains("Причина: msg:trust.CONFIRMED Свидетельство о рождении не читается"));
		assertThat(staff.follow(act(staff, id, "approve", "")).text())
			.contains("В нынешнем состоянии запроса это действие невозможно");
		assertThat(this.world.statusOf(id)).isEqualTo("REJECTED");
	}

	@Test
	void twoStaffDecidingAtOnceOneWinsTheOtherIsTold() {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2016, 3, 10));
		UUID id = request(parent);
		WebSession first = this.world.signIn(this.clinic.staffPhone());
		WebSession second = this.world.signIn(this.world.addStaff(this.clinic));
		act(first, id, "take", "");
		first.open("/clinic/requests/" + id);
		second.open("/clinic/requests/" + id);
		String version = String.valueOf(this.world.versionOf(id));
		assertThat(first.post("/clinic/requests/" + id, Map.of("version", version, "action", "approve", "text", ""))
			.location()).isEqualTo("/clinic/requests/" + id);
		WebSession.Page late = second.follow(second.post("/clinic/requests/" + id,
				Map.of("version", version, "action", "reject", "text", "Нет согласия")));
		assertThat(late.text()).contains("Запрос уже изменился").contains("Доступ открыт");
		assertThat(this.world.statusOf(id)).isEqualTo("APPROVED");
	}

	@Test
	void anotherClinicsStaffSeeNothingOfTheRequest() {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2016, 3, 10));
		UUID id = request(parent);
		AccessWorld.Desk other = this.world.clinic("Другая поликлиника");
		WebSession staff = this.world.signIn(other.staffPhone());
		assertThat(staff.open("/clinic/requests").text()).doesNotContain("Орлова Соня");
		assertThat(staff.get("/clinic/requests/" + id).status()).isEqualTo(404);
		assertThat(staff.post("/clinic/requests/" + id, Map.of("version", "0", "action", "take")).status())
			.isEqualTo(404);
		assertThat(this.world.statusOf(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void theClinicAsksTheParentAnswersWithADocumentAndTheClinicSeesIt() {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2016, 3, 10));
		UUID id = request(parent);
		WebSession staff = this.world.signIn(this.clinic.staffPhone());
		act(staff, id, "take", "");
		act(staff, id, "ask", "Приложите справку о регистрации");
		assertThat(this.world.statusOf(id)).isEqualTo("NEEDS_INFO");
		assertThat(parent.web().open("/services/records").text()).contains("Приложите справку о регистрации");
		parent.web().open("/records/requests/" + id);
		String version = String.valueOf(this.world.versionOf(id));
		assertThat(parent.web()
			.postForm("/records/requests/" + id + "/answer", Map.of("version", version, "text", ""),
					Map.of("file", new byte[0]))
			.text()).contains("Напишите ответ или приложите документ");
		assertThat(parent.web()
			.postForm("/records/requests/" + id + "/answer", Map.of("version", version, "text", "я".repeat(100_000)),
					Map.of())
			.text()).contains("не больше 4000 символов");
		assertThat(this.world.statusOf(id)).isEqualTo("NEEDS_INFO");
		WebSession.Page answered = parent.web()
			.postForm("/records/requests/" + id + "/answer", Map.of("version", version, "text", "Справка во вложении"),
					Map.of("file", AccessWorld.png()));
		assertThat(answered.location()).isEqualTo("/records/requests/" + id);
		assertThat(this.world.statusOf(id)).isEqualTo("IN_REVIEW");
		WebSession.Page page = staff.open("/clinic/requests/" + id);
		assertThat(page.text()).contains("Справка во вложении").contains("Сведения отправлены");
		String image = page.body().replaceAll("(?s).*<img class=\"document-preview\" src=\"([^\"]+)\".*", "$1");
		assertThat(staff.get(image).status()).isEqualTo(200);
		AccessWorld.Desk other = this.world.clinic("Чужая поликлиника");
		assertThat(this.world.signIn(other.staffPhone()).get(image).status()).isEqualTo(404);
	}

	@Test
	void theParentRevokesTheirOwnGrantAndTheNextRequestIsRefused() {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2016, 3, 10));
		UUID id = request(parent);
		WebSession staff = this.world.signIn(this.clinic.staffPhone());
		act(staff, id, "take", "");
		act(staff, id, "approve", "");
		assertThat(parent.web().get("/records/children/" + parent.child()).status()).isEqualTo(200);
		parent.web().open("/records/requests/" + id);
		parent.web()
			.submit("/records/requests/" + id + "/revoke", Map.of("version", String.valueOf(this.world.versionOf(id))));
		assertThat(this.world.statusOf(id)).isEqualTo("REVOKED");
		assertThat(parent.web().get("/records/children/" + parent.child()).status()).isEqualTo(403);
	}

	@Test
	void theClinicRevokesAGrantWithAReason() {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2016, 3, 10));
		UUID id = request(parent);
		WebSession staff = this.world.signIn(this.clinic.staffPhone());
		act(staff, id, "take", "");
		act(staff, id, "approve", "");
		assertThat(act(staff, id, "revoke", "").text()).contains("Укажите причину отказа");
		assertThat(this.world.statusOf(id)).isEqualTo("APPROVED");
		act(staff, id, "revoke", "Ошибка в документах");
		assertThat(this.world.statusOf(id)).isEqualTo("REVOKED");
		assertThat(parent.web().get("/records/children/" + parent.child()).status()).isEqualTo(403);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(parent.web().open("/services/records").text()).contains("Ошибка в документах");
	}

	@Autowired
	RequestService requests;

	@Test
	void staffCannotDecideTheirOwnRequest() {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2016, 3, 10));
		UUID id = request(parent);
		assertThat(this.requests.decide(parent.account(), java.util.Set.of(this.clinic.id()), id,
				this.world.versionOf(id), Action.TAKE_INTO_REVIEW, null, false))
			.isEqualTo(RequestService.Outcome.OWN_REQUEST);
		assertThat(this.world.statusOf(id)).isEqualTo("SUBMITTED");
	}

}
