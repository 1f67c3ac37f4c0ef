package org.medkarta.notifications.internal;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medkarta.support.Accounts;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.Outbox;
import org.medkarta.support.Phones;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code MEDKARTA_SMTP_HOST} set, e-mail goes to a real SMTP server (GreenMail) and
 * the link in it confirms the address.
 */
@MedkartaTest
@TestPropertySource(properties = { "medkarta.mail.smtp-host=127.0.0.1", "medkarta.mail.smtp-port=3025",
		"medkarta.mail.from=noreply@medkarta.test" })
class SmtpMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theConfirmationLinkArrivesBySmtpAndWorks() throws Exception {
		String phone = Phones.fresh();
		String email = "smtp" + phone.substring(3) + "@example.ru";
		WebSession web = new WebSession(this.port);
		Accounts.register(web, new Outbox(this.jdbc), phone, email);
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage message = smtp.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email);
		assertThat(message.getSubject()).contains("подтвердите адрес почты");
		String decoded = (String) message.getContent();
		String token = decoded.replaceAll("(?s).*token=([A-Za-z0-9_-]+).*", "$1");
		assertThat(token).hasSizeGreaterThan(30);
		web.open("/email/confirm?token=" + token);
		assertThat(web.submit("/email/confirm", java.util.Map.of("token", token)).text()).contains("подтверждён");
		assertThat(this.jdbc.sql("SELECT count(*) FROM dev_outbox WHERE recipient = :e")
			.param("e", email)
			.query(Long.class)
			.single()).isZero();
	}

}
