package org.medkarta.family;

/**
 * «Добавить ребёнка» for the signed-in account: the page uses it, and so does the demo
 * data.
 */
public interface Family {

	/**
	 * Links a child to the current account with the scan of the birth certificate.
	 * @return whether the kinship was verified at once by the civil registry
	 * @throws org.medkarta.documents.DocumentRefusedException when the scan is refused
	 * @throws IllegalStateException when the child cannot be added (already linked, or
	 * the account's level is too low)
	 */
	boolean addChild(ChildDetails child, String fileName, byte[] birthCertificate);

}
