package org.medkarta.family;

/**
 * Where the check of a guardian's kinship with a child stands.
 */
public enum KinshipStatus {

	PENDING, VERIFIED, REJECTED

}
