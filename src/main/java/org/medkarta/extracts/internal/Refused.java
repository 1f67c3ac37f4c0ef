package org.medkarta.extracts.internal;

/**
 * Why a change to an extract request was not made, as a message key the pages show; the
 * arguments fill it in.
 */
class Refused extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	Refused(String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}
