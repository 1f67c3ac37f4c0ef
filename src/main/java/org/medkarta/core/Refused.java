package org.medkarta.core;

/**
 * Why a request was not carried out, as a message key the pages show in the reader's
 * language; the arguments fill it in. Thrown before anything is stored.
 */
public class Refused extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public Refused(String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
