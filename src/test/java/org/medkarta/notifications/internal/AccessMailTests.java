package org.medkarta.notifications.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medkarta.access.AccessNotice;
import org.medkarta.access.NoticeKind;
import org.medkarta.support.AccessWorld;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

/**
 * The e-mails of access requests, received by a real SMTP server (GreenMail): in the
 * account's language, sent once even when the listener dies half-way and the event is
 * delivered again after a restart.
 */
@MedkartaTest
@TestPropertySource(properties = { "medkarta.mail.smtp-host=127.0.0.1", "medkarta.mail.smtp-port=3025",
		"medkarta.mail.from=noreply@medkarta.test", "medkarta.base-url=https://medkarta.example" })
class AccessMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	AccessMailListener listener;

	@MockitoSpyBean
	MailGateway mail;

	AccessWorld world;

	AccessWorld.Desk clinic;

	@BeforeEach
	void setUp() {
		this.world = new AccessWorld(this.port, this.context);
		this.clinic = this.world.clinic("Поликлиника писем " + UUID.randomUUID().toString().substring(0, 4));
	}

	/**
	 * A confirmed parent whose e-mail is confirmed through the link the server received.
	 */
	private AccessWorld.Parent parent() throws Exception {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2016, 3, 10));
		String email = AccessWorld.emailOf(parent);
		MimeMessage confirmation = to(email).get(0);
		this.world.confirmEmail(parent, (String) confirmation.getContent());
		return parent;
	}

	private List<MimeMessage> to(String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equals(email);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private List<String> subjectsTo(String email) {
		return to(email).stream().map((message) -> {
			try {
				return message.getSubject();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private UUID request(AccessWorld.Parent parent) {
		parent.web().open("/services/records");
		String location = parent.web().post("/records/children/" + parent.child() + "/request", Map.of()).location();
		return UUID.fromString(location.substring("/records/requests/".length()));
	}

	@Test
	void eachTransitionArrivesByMailInTheAccountsLanguage() throws Exception {
		AccessWorld.Parent parent = parent();
		String email = AccessWorld.emailOf(parent);
		UUID id = request(parent);
		await().until(() -> subjectsTo(email).contains("Запрос доступа отправлен"));
		MimeMessage submitted = to(email).stream().filter((m) -> {
			try {
				return m.getSubject().equals("Запрос доступа отправлен");
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst().orElseThrow();
		assertThat((String) submitted.getContent()).startsWith("Здравствуйте!")
			.contains("(Соня) отправлен в поликлинику «" + this.clinic.shortName() + "»")
			.contains("https://medkarta.example/records/requests/" + id)
			.doesNotContain("Орлова");

		WebSession staff = this.world.signIn(this.clinic.staffPhone());
		staff.open("/clinic/requests/" + id);
		staff.post("/clinic/requests/" + id,
				Map.of("version", String.valueOf(this.world.versionOf(id)), "action", "take", "text", ""));
		await().until(() -> subjectsTo(email).contains("Запрос доступа рассматривается"));
		staff.open("/clinic/requests/" + id);
		staff.post("/clinic/requests/" + id, Map.of("version", String.valueOf(this.world.versionOf(id)), "action",
				"ask", "text", "Уточните, какой у ребёнка гемоглобин"));
		await().until(() -> subjectsTo(email).contains("Поликлиника просит дополнить запрос"));
		MimeMessage asked = to(email).get(to(email).size() - 1);
		assertThat((String) asked.getContent()).contains("Что именно нужно — на портале").doesNotContain("гемоглобин");
		assertThat(parent.web().open("/notifications").text()).contains("Уточните, какой у ребёнка гемоглобин");

		parent.web().open("/records/requests/" + id);
		parent.web().post("/language", Map.of("lang", "en", "return", "/records/requests/" + id));
		parent.web().open("/records/requests/" + id);
		parent.web()
			.post("/records/requests/" + id + "/withdraw", Map.of("version", String.valueOf(this.world.versionOf(id))));
		await().until(() -> subjectsTo(email).contains("Access request withdrawn"));
		MimeMessage withdrawn = to(email).get(to(email).size() - 1);
		assertThat((String) withdrawn.getContent()).startsWith("Hello,").contains("You withdrew the request");
		assertThat(subjectsTo(email)).filteredOn((subject) -> subject.startsWith("Запрос доступа")).hasSize(2);
	}

	@Test
	void aListenerThatDiesHalfWaySendsTheMailOnceAfterRestart() throws Exception {
		AccessWorld.Parent parent = parent();
		String email = AccessWorld.emailOf(parent);
		doThrow(new MessageNotSentException(new IllegalStateException("connection reset"))).doCallRealMethod()
			.when(this.mail)
			.send(any(), any(), any());
		UUID id = request(parent);
		await().until(() -> this.jdbc
			.sql("SELECT count(*) FROM event_publication WHERE listener_id LIKE '%AccessMailListener%' "
					+ "AND serialized_event LIKE :request AND completion_date IS NULL AND completion_attempts > 0")
			.param("request", "%" + parent.account().value() + "%")
			.query(Long.class)
			.single() == 1);
		assertThat(subjectsTo(email)).doesNotContain("Запрос доступа отправлен");
		assertThat(this.jdbc.sql("SELECT count(*) FROM mail_deliveries WHERE dedup_key LIKE 'notice:%' "
				+ "AND sent_at IS NOT NULL AND dedup_key IN (SELECT 'notice:' || (serialized_event::jsonb ->> 'id') "
				+ "FROM event_publication WHERE serialized_event LIKE :request)")
			.param("request", "%" + parent.account().value() + "%")
			.query(Long.class)
			.single()).isZero();

		this.incomplete.resubmitIncompletePublications((publication) -> true);
		await().until(() -> subjectsTo(email).contains("Запрос доступа отправлен"));
		this.incomplete.resubmitIncompletePublications((publication) -> true);
		assertThat(subjectsTo(email)).filteredOn("Запрос доступа отправлен"::equals).hasSize(1);
		assertThat(parent.web().open("/notifications").text()).contains("Запрос доступа отправлен");
		assertThat(this.world.statusOf(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void theSameNoticeDeliveredTwiceIsSentOnce() throws Exception {
		AccessWorld.Parent parent = parent();
		String email = AccessWorld.emailOf(parent);
		AccessNotice notice = new AccessNotice(UUID.randomUUID(), parent.account(), NoticeKind.APPROVED,
				List.of("Соня", this.clinic.shortName(), "10.03.2034"), "/services/records");
		this.listener.on(notice);
		this.listener.on(notice);
		await().until(() -> subjectsTo(email).contains("Доступ к медицинской карте открыт"));
		this.listener.on(notice);
		await().until(() -> this.jdbc.sql("SELECT count(*) FROM mail_deliveries WHERE dedup_key = :key")
			.param("key", "notice:" + notice.id())
			.query(Long.class)
			.single() == 1);
		assertThat(subjectsTo(email)).filteredOn("Доступ к медицинской карте открыт"::equals).hasSize(1);
	}

}
