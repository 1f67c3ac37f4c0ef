package org.medkarta.clinics;

/**
 * What a member of a clinic's staff does there: handles requests, or also manages the
 * clinic's staff.
 */
public enum StaffRole {

	STAFF, ADMIN

}
