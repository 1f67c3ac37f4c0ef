package org.medkarta.core;

/**
 * Sex as recorded in Russian identity documents.
 */
public enum Sex {

	MALE, FEMALE

}
