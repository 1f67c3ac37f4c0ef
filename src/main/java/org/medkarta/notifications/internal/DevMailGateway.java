package org.medkarta.notifications.internal;

import org.medkarta.core.EmailAddress;

/**
 * Keeps e-mail in the dev outbox when no SMTP server is configured.
 */
class DevMailGateway implements MailGateway {

	private final DevOutbox outbox;

	DevMailGateway(DevOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void send(EmailAddress to, String subject, String text) {
		this.outbox.record("EMAIL", to.value(), subject, text);
	}

}
