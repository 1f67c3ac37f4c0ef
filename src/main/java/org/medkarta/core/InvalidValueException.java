package org.medkarta.core;

/**
 * Thrown by a value object's factory when the input cannot be that value. The message key
 * names what is wrong, so a form can show it next to the field in the user's language.
 */
public class InvalidValueException extends RuntimeException {

	private final String messageKey;

	public InvalidValueException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
