package org.medkarta.notifications.internal;

import org.medkarta.core.PhoneNumber;
import org.medkarta.notifications.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps SMS in the dev outbox and logs that one went out, without its text (which may
 * hold a code).
 */
class DevSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(DevSmsGateway.class);

	private final DevOutbox outbox;

	DevSmsGateway(DevOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void send(PhoneNumber to, String text) {
		this.outbox.record("SMS", to.value(), null, text);
		log.info("SMS to {} kept in the dev outbox (/dev/outbox)", to.masked());
	}

}
