package org.medkarta.notifications;

import org.medkarta.core.PhoneNumber;

/**
 * Sends an SMS. Production plugs in an operator's HTTP gateway; the default mode keeps
 * messages in the dev outbox.
 */
public interface SmsGateway {

	void send(PhoneNumber to, String text);

}
