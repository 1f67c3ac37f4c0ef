package org.medkarta.identity;

/**
 * An {@link IdentityMessages} adapter could not hand a message to its gateway.
 */
public class MessageNotDeliveredException extends RuntimeException {

	public MessageNotDeliveredException(Throwable cause) {
		super("A message could not be delivered", cause);
	}

}
