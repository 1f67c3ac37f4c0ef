package org.medkarta.notifications.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * SMTP and SMS gateway settings. Blank values mean "not configured": messages then go to
 * the dev outbox, which production does not allow.
 */
@ConfigurationProperties("medkarta")
record MessagingSettings(Mail mail, Sms sms) {

	record Mail(String smtpHost, int smtpPort, String smtpUser, String smtpPassword, boolean smtpStarttls,
			String from) {
	}

	record Sms(String url, String token) {
	}

}
