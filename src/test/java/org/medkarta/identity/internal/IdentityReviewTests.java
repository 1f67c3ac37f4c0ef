package org.medkarta.identity.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medkarta.core.PersonName;
import org.medkarta.core.Sex;
import org.medkarta.identity.RegistryEntries;
import org.medkarta.identity.Role;
import org.medkarta.support.Accounts;
import org.medkarta.support.Citizens;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;
import org.medkarta.support.Outbox;
import org.medkarta.support.Phones;
import org.medkarta.support.Staff;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * From STANDARD to CONFIRMED: the passport upload, the operator queue and decision.
 */
@MedkartaTest
class IdentityReviewTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegistryEntries registry;

	@Autowired
	org.medkarta.identity.Accounts accounts;

	@Autowired
	MutableClock clock;

	Outbox outbox;

	WebSession citizen;

	String phone;

	@BeforeEach
	void standardCitizen() {
		this.outbox = new Outbox(this.jdbc);
		Citizens.Standard citizen = Citizens.standard(this.port, this.jdbc, this.registry,
				new PersonName("Соколова", "Елена", "Андреевна"), Sex.FEMALE, '3');
		this.citizen = citizen.web();
		this.phone = citizen.phone();
	}

	private String level(String phone) {
		return this.jdbc.sql("SELECT trust_level FROM accounts WHERE phone = :p")
			.param("p", phone)
			.query(String.class)
			.single();
	}

	static byte[] passportImage() throws IOException {
		BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private WebSession operator() {
		return Staff.signedIn(this.accounts, Role.OPERATOR, this.port, this.outbox);
	}

	private UUID upload() throws IOException {
		this.citizen.open("/profile");
		WebSession.Page page = this.citizen.postFile("/profile/passport", "passport", "паспорт.png", "image/png",
				passportImage());
		assertThat(page.location()).isEqualTo("/profile");
		assertThat(this.citizen.open("/profile").text()).contains("Паспорт на проверке у оператора");
		return this.jdbc
			.sql("SELECT r.id FROM identity_reviews r JOIN accounts a ON a.id = r.account_id WHERE a.phone = :p")
			.param("p", this.phone)
			.query(UUID.class)
			.single();
	}

	@Test
	void anOperatorConfirmsThePassportAndTheCitizenIsTold() throws IOException {
		UUID review = upload();
		WebSession operator = operator();
		assertThat(operator.open("/operator").text()).contains("Соколова Елена Андреевна");
		WebSession.Page page = operator.open("/operator/identity/" + review);
		assertThat(page.text()).contains("Соколова Елена Андреевна").contains("Данные совпали с реестром");
		String image = page.body().replaceAll("(?s).*<img class=\"document-preview\" src=\"([^\"]+)\".*", "$1");
		assertThat(operator.get(image).status()).isEqualTo(200);
		assertThat(
				operator.submit("/operator/identity/" + review, Map.of("version", "0", "decision", "confirm")).text())
			.contains("Личность подтверждена");
		assertThat(level(this.phone)).isEqualTo("CONFIRMED");
		await().untilAsserted(() -> assertThat(this.citizen.open("/notifications").text())
			.contains("Оператор подтвердил ваш паспорт"));
		assertThat(this.citizen.open("/profile").text()).contains("Подтверждённая");
	}

	@Test
	void aRejectionNeedsAReasonThatTheCitizenSees() throws IOException {
		UUID review = upload();
		WebSession operator = operator();
		operator.open("/operator/identity/" + review);
		assertThat(operator.post("/operator/identity/" + review, Map.of("version", "0", "decision", "reject")).text())
			.contains("Укажите причину отказа");
		assertThat(operator
			.post("/operator/identity/" + review,
					Map.of("version", "0", "decision", "reject", "reason", "я".repeat(100_000)))
			.text()).contains("Слишком длинное значение: не больше 1000 символов");
		assertThat(level(this.phone)).isEqualTo("STANDARD");
		operator.submit("/operator/identity/" + review,
				Map.of("version", "0", "decision", "reject", "reason", "Фото нечитаемо"));
		assertThat(level(this.phone)).isEqualTo("STANDARD");
		assertThat(this.citizen.open("/profile").text()).contains("Фото нечитаемо").contains("Отправить на проверку");
	}

	@Test
	void twoOperatorsDecidingAtOnceOneWinsAndTheOtherIsTold() throws IOException {
		UUID review = upload();
		WebSession first = operator();
		this.clock.advance(Duration.ofSeconds(61));
		WebSession second = operator();
		first.open("/operator/identity/" + review);
		second.open("/operator/identity/" + review);
		first.submit("/operator/identity/" + review, Map.of("version", "0", "decision", "confirm"));
		WebSession.Page late = second.submit("/operator/identity/" + review,
				Map.of("version", "0", "decision", "reject", "reason", "Другое мнение"));
		assertThat(late.text()).contains("уже решил другой оператор")
			.contains("Подтверждены")
			.contains("Решение принято");
		assertThat(level(this.phone)).isEqualTo("CONFIRMED");
	}

	@Test
	void citizensCannotOpenTheQueueNorSomeoneElsesPassport() throws IOException {
		UUID review = upload();
		UUID document = this.jdbc.sql("SELECT document_id FROM identity_reviews WHERE id = :id")
			.param("id", review)
			.query(UUID.class)
			.single();
		WebSession other = new WebSession(this.port);
		String otherPhone = Phones.fresh();
		Accounts.register(other, this.outbox, otherPhone, "other" + otherPhone.substring(3) + "@example.ru");
		assertThat(other.get("/operator").status()).isEqualTo(403);
		assertThat(other.get("/operator/identity/" + review).status()).isEqualTo(403);
		assertThat(other.get("/documents/" + document).status()).isEqualTo(404);
		assertThat(this.citizen.get("/documents/" + document).status()).isEqualTo(200);
	}

	@Test
	void aFileThatIsNotAnImageOrPdfIsRefusedAtTheField() {
		this.citizen.open("/profile");
		WebSession.Page page = this.citizen.postFile("/profile/passport", "passport", "passport.pdf", "application/pdf",
				"<html><body>not a passport</body></html>".getBytes());
		assertThat(page.status()).isEqualTo(415);
		assertThat(page.body()).contains("id=\"passport-error\"");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM identity_reviews r JOIN accounts a ON a.id = r.account_id "
					+ "WHERE a.phone = :p")
			.param("p", this.phone)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aSecondUploadWhileOneIsPendingIsRefused() throws IOException {
		upload();
		WebSession.Page page = this.citizen.postFile("/profile/passport", "passport", "p.png", "image/png",
				passportImage());
		assertThat(page.text()).contains("Паспорт уже на проверке").doesNotContain("Отправить на проверку");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM identity_reviews r JOIN accounts a ON a.id = r.account_id "
					+ "WHERE a.phone = :p")
			.param("p", this.phone)
			.query(Long.class)
			.single()).isOne();
	}

}
