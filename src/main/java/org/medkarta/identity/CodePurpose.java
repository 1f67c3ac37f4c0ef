package org.medkarta.identity;

/**
 * What a one-time code is for. A code serves one purpose only.
 */
public enum CodePurpose {

	REGISTRATION, SIGN_IN, PASSWORD_RESET, PHONE_CHANGE

}
