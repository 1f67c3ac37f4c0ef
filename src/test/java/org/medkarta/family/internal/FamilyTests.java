package org.medkarta.family.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.medkarta.core.BirthCertificateNumber;
import org.medkarta.core.PersonName;
import org.medkarta.core.Sex;
import org.medkarta.core.Snils;
import org.medkarta.family.BirthRecord;
import org.medkarta.family.BirthRecords;
import org.medkarta.identity.Role;
import org.medkarta.identity.RegistryEntries;
import org.medkarta.support.Accounts;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.Outbox;
import org.medkarta.support.Citizens;
import org.medkarta.support.Phones;
import org.medkarta.support.Staff;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * «Семья и дети» → «Добавить ребёнка», verified by the civil registry or sent to an
 * operator.
 */
@MedkartaTest
class FamilyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegistryEntries registry;

	@Autowired
	BirthRecords births;

	@Autowired
	org.medkarta.identity.Accounts accounts;

	@Autowired
	org.medkarta.support.MutableClock clock;

	private static Snils snils(String nine) {
		return Citizens.snils(nine);
	}

	/** A citizen at STANDARD, signed in; returns the session and the parent's SNILS. */
	private Parent standardParent(String surname) {
		Citizens.Standard parent = Citizens.standard(this.port, this.jdbc, this.registry,
				new PersonName(surname, "Ирина", "Олеговна"), Sex.FEMALE, '5');
		return new Parent(parent.web(), parent.snils(), parent.phone());
	}

	record Parent(WebSession web, Snils snils, String phone) {
	}

	private static byte[] scan() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private Map<String, String> child(Snils snils) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("surname", "Волкова");
		form.put("name", "Софья");
		form.put("patronymic", "Дмитриевна");
		form.put("birthDate", "2016-08-20");
		form.put("snils", snils.display());
		form.put("certificateSeries", "II-МЮ");
		form.put("certificateNumber", "654321");
		form.put("certificateIssuedOn", "2016-09-01");
		return form;
	}

	/**
	 * Posts the add-child form with a birth certificate scan as multipart, as the browser
	 * does.
	 */
	private WebSession.Page addChild(Parent parent, Map<String, String> fields, byte[] certificate) {
		parent.web().open("/family/add");
		String boundary = "b" + UUID.randomUUID();
		StringBuilder text = new StringBuilder();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", parent.web().csrfToken());
		all.forEach((k, v) -> text.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(k)
			.append("\"\r\n\r\n")
			.append(v)
			.append("\r\n"));
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		if (certificate != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"birthCertificate\"; "
					+ "filename=\"cert.png\"\r\nContent-Type: image/png\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(certificate);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return parent.web().postMultipart("/family/add", boundary, body.toByteArray());
	}

	@Test
	void aChildWhoseBirthRecordNamesTheParentIsVerifiedAtOnce() throws IOException {
		Parent parent = standardParent("Волкова");
		Snils child = snils("6" + parent.phone().substring(4));
		this.births.put(new BirthRecord(child, new PersonName("Волкова", "Софья", "Дмитриевна"),
				LocalDate.of(2016, 8, 20), new BirthCertificateNumber("II-МЮ", "654321"), parent.snils(), null));
		WebSession.Page page = addChild(parent, child(child), scan());
		assertThat(page.location()).isEqualTo("/family");
		assertThat(parent.web().open("/family").text()).contains("Волкова Софья Дмитриевна")
			.contains("Родство подтверждено");
	}

	@Test
	void aChildWithoutSuchARecordWaitsForAnOperator() throws IOException {
		Parent parent = standardParent("Орлова");
		Snils child = snils("7" + parent.phone().substring(4));
		addChild(parent, child(child), scan());
		assertThat(parent.web().open("/family").text()).contains("Родство на проверке");
	}

	@Test
	void theSameChildCannotBeAddedTwiceButTwoParentsMayLinkIt() throws IOException {
		Parent mother = standardParent("Зайцева");
		Parent father = standardParent("Зайцев");
		Snils child = snils("8" + mother.phone().substring(4));
		addChild(mother, child(child), scan());
		WebSession.Page again = addChild(mother, child(child), scan());
		assertThat(again.text()).contains("Этот ребёнок уже добавлен");
		addChild(father, child(child), scan());
		assertThat(this.jdbc.sql("SELECT count(*) FROM children WHERE snils = :s")
			.param("s", child.value())
			.query(Long.class)
			.single()).isOne();
		assertThat(father.web().open("/family").text()).contains("Также привязан(а) к: Ирина Зайцева");
	}

	@Test
	void badInputGetsMessagesAndSavesNothing() throws IOException {
		Parent parent = standardParent("Белова");
		Map<String, String> form = child(snils("9" + parent.phone().substring(4)));
		form.put("snils", "112-233-445 96");
		form.put("birthDate", LocalDate.now().minusYears(18).minusDays(1).toString());
		form.put("certificateSeries", "2-МЮ");
		WebSession.Page page = addChild(parent, form, null);
		assertThat(page.text()).contains("Контрольное число СНИЛС не сходится")
			.contains("меньше 18 лет")
			.contains("Серия свидетельства")
			.contains("Загрузите свидетельство о рождении");
		Map<String, String> future = child(snils("9" + parent.phone().substring(4)));
		future.put("birthDate", LocalDate.now().plusDays(3).toString());
		assertThat(addChild(parent, future, scan()).text()).contains("Дата не может быть в будущем");
		assertThat(
				addChild(parent, child(snils("9" + parent.phone().substring(4))), "<html>not a scan</html>".getBytes())
					.status())
			.isEqualTo(415);
		assertThat(this.jdbc.sql("SELECT count(*) FROM children c WHERE c.snils = :s")
			.param("s", snils("9" + parent.phone().substring(4)).value())
			.query(Long.class)
			.single()).isZero();
	}

	private WebSession operator() {
		return Staff.signedIn(this.accounts, Role.OPERATOR, this.port, new Outbox(this.jdbc));
	}

	private UUID pendingCase(Parent parent, Snils child) throws IOException {
		addChild(parent, child(child), scan());
		return this.jdbc.sql("SELECT g.id FROM guardianships g JOIN children c ON c.id = g.child_id WHERE c.snils = :s")
			.param("s", child.value())
			.query(UUID.class)
			.single();
	}

	@Test
	void anOperatorRejectsWithAReasonThatTheParentSees() throws IOException {
		Parent parent = standardParent("Кравцова");
		UUID kase = pendingCase(parent, snils("3" + parent.phone().substring(4)));
		WebSession operator = operator();
		assertThat(operator.open("/operator?kind=kinship").text()).contains("Кравцова Ирина Олеговна")
			.contains("Волкова Софья Дмитриевна");
		WebSession.Page page = operator.open("/operator/kinship/" + kase);
		assertThat(page.text()).contains("В реестре нет записи о рождении").contains("Свидетельство о рождении");
		String image = page.body().replaceAll("(?s).*<img class=\"document-preview\" src=\"([^\"]+)\".*", "$1");
		assertThat(operator.get(image).status()).isEqualTo(200);
		assertThat(operator.post("/operator/kinship/" + kase, Map.of("version", "0", "decision", "reject")).text())
			.contains("Укажите причину отказа");
		operator.submit("/operator/kinship/" + kase,
				Map.of("version", "0", "decision", "reject", "reason", "Свидетельство не читается"));
		assertThat(parent.web().open("/family").text()).contains("Родство не подтверждено")
			.contains("Свидетельство не читается");
		await().untilAsserted(() -> assertThat(parent.web().open("/notifications").text())
			.contains("Оператор не подтвердил родство"));
		WebSession.Page again = addChild(parent, child(snils("3" + parent.phone().substring(4))), scan());
		assertThat(again.location()).isEqualTo("/family");
		assertThat(parent.web().open("/family").text()).contains("Родство на проверке");
	}

	@Test
	void anOperatorVerifiesAndASecondOperatorIsToldItChanged() throws IOException {
		Parent parent = standardParent("Лебедева");
		UUID kase = pendingCase(parent, snils("2" + parent.phone().substring(4)));
		WebSession first = operator();
		this.clock.advance(java.time.Duration.ofSeconds(61));
		WebSession second = operator();
		first.open("/operator/kinship/" + kase);
		second.open("/operator/kinship/" + kase);
		assertThat(first.submit("/operator/kinship/" + kase, Map.of("version", "0", "decision", "verify")).text())
			.contains("Родство подтверждено");
		assertThat(second
			.submit("/operator/kinship/" + kase,
					Map.of("version", "0", "decision", "reject", "reason", "Другое мнение"))
			.text()).contains("уже решил другой оператор");
		assertThat(parent.web().open("/family").text()).contains("Родство подтверждено");
	}

	@Test
	void citizensCannotOpenKinshipCasesNorOthersDocuments() throws IOException {
		Parent parent = standardParent("Никитина");
		UUID kase = pendingCase(parent, snils("1" + parent.phone().substring(4)));
		UUID document = this.jdbc.sql("SELECT document_id FROM guardianship_documents WHERE guardianship_id = :g")
			.param("g", kase)
			.query(UUID.class)
			.single();
		Parent other = standardParent("Осипова");
		assertThat(other.web().get("/operator/kinship/" + kase).status()).isEqualTo(403);
		assertThat(other.web().get("/documents/" + document).status()).isEqualTo(404);
		assertThat(parent.web().get("/documents/" + document).status()).isEqualTo(200);
	}

	@Test
	void aSimplifiedAccountCannotAddChildren() {
		WebSession web = new WebSession(this.port);
		String phone = Phones.fresh();
		Accounts.register(web, new Outbox(this.jdbc), phone, "simple" + phone.substring(3) + "@example.ru");
		assertThat(web.open("/family").text()).contains("Добавить ребёнка можно со стандартной учётной записью");
		assertThat(web.get("/family/add").location()).isEqualTo("/family");
	}

	@Test
	void oneParentSeesOnlyTheirOwnChildren() throws IOException {
		Parent one = standardParent("Егорова");
		Parent other = standardParent("Фомина");
		addChild(one, child(snils("4" + one.phone().substring(4))), scan());
		assertThat(other.web().open("/family").text()).doesNotContain("Волкова Софья");
	}

}
