package org.medkarta.access.internal;

/**
 * Who moves a request on.
 */
enum Actor {

	/** The guardian who asked. */
	PARENT,
	/** Another verified guardian of the child, asked for consent. */
	SECOND_PARENT,
	/** The clinic's staff. */
	CLINIC,
	/** A court restriction recorded by an operator. */
	COURT,
	/** The portal itself: deadlines and age rules. */
	SYSTEM

}
