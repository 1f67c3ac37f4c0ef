package org.medkarta.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.medkarta.notifications.SmsGateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.web.client.RestClient;

/**
 * Chooses the real channels when they are configured and the dev outbox otherwise.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

	@Bean
	SmsGateway smsGateway(MessagingSettings settings, DevOutbox outbox, RestClient.Builder builder) {
		MessagingSettings.Sms sms = settings.sms();
		if (sms != null && sms.url() != null && !sms.url().isBlank()) {
			return new HttpSmsGateway(builder, sms.url(), sms.token());
		}
		return new DevSmsGateway(outbox);
	}

	@Bean
	MailGateway mailGateway(MessagingSettings settings, DevOutbox outbox) {
		MessagingSettings.Mail mail = settings.mail();
		if (mail == null || mail.smtpHost() == null || mail.smtpHost().isBlank()) {
			return new DevMailGateway(outbox);
		}
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(mail.smtpHost());
		sender.setPort(mail.smtpPort());
		sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
		if (mail.smtpUser() != null && !mail.smtpUser().isBlank()) {
			sender.setUsername(mail.smtpUser());
			sender.setPassword(mail.smtpPassword());
		}
		Properties properties = sender.getJavaMailProperties();
		properties.put("mail.smtp.auth", String.valueOf(mail.smtpUser() != null && !mail.smtpUser().isBlank()));
		properties.put("mail.smtp.starttls.enable", String.valueOf(mail.smtpStarttls()));
		properties.put("mail.smtp.connectiontimeout", "5000");
		properties.put("mail.smtp.timeout", "10000");
		return new SmtpMailGateway(sender, mail.from());
	}

}
