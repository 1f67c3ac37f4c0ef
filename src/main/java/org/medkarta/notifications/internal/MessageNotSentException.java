package org.medkarta.notifications.internal;

/**
 * A gateway could not take a message. The page tells the person to try again.
 */
class MessageNotSentException extends RuntimeException {

	MessageNotSentException(Throwable cause) {
		super("A message could not be sent", cause);
	}

}
