package org.medkarta.access.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medkarta.identity.Role;
import org.medkarta.support.AccessWorld;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;
import org.medkarta.support.Staff;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The second parent's consent, asked by the clinic and given on the site or on paper, and
 * a court restriction ending a pending request and a grant.
 */
@MedkartaTest
class ConsentAndCourtTests {

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

	WebSession staff;

	@BeforeEach
	void setUp() {
		this.world = new AccessWorld(this.port, this.context);
		this.clinic = this.world.clinic("Поликлиника согласий " + UUID.randomUUID().toString().substring(0, 4));
		this.staff = this.world.signIn(this.clinic.staffPhone());
	}

	private UUID request(AccessWorld.Parent parent) {
		parent.web().open("/services/records");
		String location = parent.web().post("/records/children/" + parent.child() + "/request", Map.of()).location();
		return UUID.fromString(location.substring("/records/requests/".length()));
	}

	private void act(UUID request, Map<String, String> form) {
		this.staff.open("/clinic/requests/" + request);
		Map<String, String> all = new LinkedHashMap<>(form);
		all.put("version", String.valueOf(this.world.versionOf(request)));
		assertThat(this.staff.post("/clinic/requests/" + request, all).location())
			.isEqualTo("/clinic/requests/" + request);
	}

	private void askConsent(UUID request) {
		act(request, Map.of("action", "take"));
		act(request, Map.of("action", "ask", "text", "Нужно согласие отца ребёнка", "consent", "on"));
		assertThat(this.world.statusOf(request)).isEqualTo("NEEDS_INFO");
	}

	@Test
	void aLinkedSecondParentAgreesAndTheClinicApproves() {
		AccessWorld.Parent mother = this.world.parent(this.clinic, LocalDate.of(2014, 8, 1));
		AccessWorld.Parent father = this.world.secondParent(mother);
		UUID id = request(mother);
		askConsent(id);
		assertThat(mother.web().open("/records/requests/" + id).text())
			.contains("Согласие второго родителя запрошено у него в личном кабинете");
		await().untilAsserted(
				() -> assertThat(father.web().open("/notifications").text()).contains("Нужно ваше согласие"));
		assertThat(father.web().open("/services/records").text())
			.contains("Поликлиника просит вашего согласия на доступ второго родителя");
		WebSession.Page page = father.web().open("/records/consents/" + id);
		assertThat(page.text()).contains("Нужно согласие отца ребёнка");
		assertThat(father.web()
			.submit("/records/consents/" + id,
					Map.of("version", String.valueOf(this.world.versionOf(id)), "decision", "agree"))
			.text()).contains("ваше согласие передано в поликлинику");
		assertThat(this.world.statusOf(id)).isEqualTo("IN_REVIEW");
		assertThat(this.staff.open("/clinic/requests/" + id).text()).contains("Второй родитель согласен")
			.contains("Согласие дано");
		assertThat(mother.web().open("/records/requests/" + id).text()).contains("Ваш ответ");
		assertThat(
				mother.web()
					.postForm("/records/requests/" + id + "/answer",
							Map.of("version", String.valueOf(this.world.versionOf(id)), "text",
									"Отец подтвердил согласие"),
							Map.of())
					.location())
			.isEqualTo("/records/requests/" + id);
		assertThat(this.world.statusOf(id)).isEqualTo("IN_REVIEW");
		assertThat(this.staff.open("/clinic/requests/" + id).text()).contains("Отец подтвердил согласие");
		assertThat(father.web()
			.submit("/records/consents/" + id,
					Map.of("version", String.valueOf(this.world.versionOf(id)), "decision", "decline"))
			.text()).contains("Согласие дано");
		act(id, Map.of("action", "approve"));
		assertThat(this.world.statusOf(id)).isEqualTo("APPROVED");
		await().untilAsserted(
				() -> assertThat(mother.web().open("/notifications").text()).contains("Второй родитель дал согласие")
					.contains("Доступ к медицинской карте открыт"));
	}

	@Test
	void someoneWhoIsNotTheOtherParentCannotConsent() {
		AccessWorld.Parent mother = this.world.parent(this.clinic, LocalDate.of(2014, 8, 1));
		UUID id = request(mother);
		askConsent(id);
		AccessWorld.Parent stranger = this.world.parent(this.clinic, LocalDate.of(2013, 1, 1));
		assertThat(stranger.web().get("/records/consents/" + id).status()).isEqualTo(404);
		stranger.web().open("/services/records");
		assertThat(stranger.web()
			.post("/records/consents/" + id,
					Map.of("version", String.valueOf(this.world.versionOf(id)), "decision", "agree"))
			.status()).isEqualTo(404);
		assertThat(mother.web().get("/records/consents/" + id).status()).isEqualTo(404);
		assertThat(this.world.statusOf(id)).isEqualTo("NEEDS_INFO");
	}

	@Test
	void withoutASecondParentTheParentUploadsTheSignedConsent() {
		AccessWorld.Parent mother = this.world.parent(this.clinic, LocalDate.of(2014, 8, 1));
		UUID id = request(mother);
		askConsent(id);
		assertThat(mother.web().open("/records/requests/" + id).text()).contains("загрузите подписанное им согласие");
		String version = String.valueOf(this.world.versionOf(id));
		assertThat(mother.web()
			.postForm("/records/requests/" + id + "/answer", Map.of("version", version, "text", "Отец согласен"),
					Map.of())
			.text()).contains("Приложите подписанное согласие второго родителя");
		assertThat(this.world.statusOf(id)).isEqualTo("NEEDS_INFO");
		assertThat(mother.web()
			.postForm("/records/requests/" + id + "/answer", Map.of("version", version, "text", ""),
					Map.of("consent", "<html><script>alert(1)</script></html>".getBytes()))
			.status()).isBetween(400, 499);
		assertThat(this.world.statusOf(id)).isEqualTo("NEEDS_INFO");
		assertThat(mother.web()
			.postForm("/records/requests/" + id + "/answer", Map.of("version", version, "text", ""),
					Map.of("consent", AccessWorld.png()))
			.location()).isEqualTo("/records/requests/" + id);
		assertThat(this.world.statusOf(id)).isEqualTo("IN_REVIEW");
		assertThat(this.staff.open("/clinic/requests/" + id).text()).contains("Согласие");
	}

	@Test
	void aCourtRestrictionRejectsThePendingRequestAndRefusesANewOne() {
		AccessWorld.Parent mother = this.world.parent(this.clinic, LocalDate.of(2014, 8, 1));
		UUID id = request(mother);
		restrict(mother);
		await().until(() -> "REJECTED".equals(this.world.statusOf(id)));
		assertThat(mother.web().open("/records/requests/" + id).text()).contains("Запрос отклонён из-за решения суда")
			.contains("2-555/2026");
		assertThat(mother.web().open("/services/records").text()).contains("Доступ ограничен решением суда")
			.doesNotContain("Запросить доступ</button>");
		assertThat(mother.web()
			.follow(mother.web().post("/records/children/" + mother.child() + "/request", Map.of()))
			.text()).contains("Доступ ограничен решением суда");
		assertThat(this.jdbc.sql("SELECT count(*) FROM access_requests WHERE account_id = :a")
			.param("a", mother.account().value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aCourtRestrictionRevokesAGrantAtOnce() {
		AccessWorld.Parent mother = this.world.parent(this.clinic, LocalDate.of(2014, 8, 1));
		UUID id = request(mother);
		act(id, Map.of("action", "take"));
		act(id, Map.of("action", "approve"));
		assertThat(mother.web().get("/records/children/" + mother.child()).status()).isEqualTo(200);
		restrict(mother);
		assertThat(mother.web().get("/records/children/" + mother.child()).status()).isEqualTo(403);
		await().until(() -> "REVOKED".equals(this.world.statusOf(id)));
		await().untilAsserted(() -> assertThat(mother.web().open("/notifications").text())
			.contains("Доступ к карте ребёнка (Соня) закрыт: действует решение суда"));
	}

	private void restrict(AccessWorld.Parent parent) {
		this.world.restrict(parent, this.clock);
	}

	@Test
	void aSecondParentUnderACourtRestrictionIsNotAskedForConsent() {
		AccessWorld.Parent mother = this.world.parent(this.clinic, LocalDate.of(2014, 8, 1));
		AccessWorld.Parent father = this.world.secondParent(mother);
		this.world.restrict(father, this.clock);
		UUID id = request(mother);
		askConsent(id);
		assertThat(mother.web().open("/records/requests/" + id).text()).contains("загрузите подписанное им согласие");
		assertThat(father.web().get("/records/consents/" + id).status()).isEqualTo(404);
		assertThat(father.web().open("/services/records").text()).doesNotContain("Поликлиника просит вашего согласия");
		assertThat(this.jdbc.sql("SELECT count(*) FROM inbox_messages WHERE account_id = :a AND title_key = :k")
			.param("a", father.account().value())
			.param("k", "notice.consent-asked-of-you.title")
			.query(Long.class)
			.single()).isZero();
	}

}
