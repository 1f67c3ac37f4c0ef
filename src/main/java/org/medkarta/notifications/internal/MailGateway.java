package org.medkarta.notifications.internal;

import org.medkarta.core.EmailAddress;

/**
 * Sends one plain-text e-mail.
 */
interface MailGateway {

	void send(EmailAddress to, String subject, String text);

}
