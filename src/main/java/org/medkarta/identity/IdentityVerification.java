package org.medkarta.identity;

import java.util.UUID;

/**
 * The steps of identity verification, for the signed-in account (or, for {@link #decide},
 * the signed-in operator). The pages use these, and so does the demo data.
 */
public interface IdentityVerification {

	/**
	 * Enters personal data for the current account and has the registry check it.
	 * @return whether the registry matched it
	 */
	boolean enterPersonalData(PersonalData data);

	/**
	 * Sends the current account's passport scan to the operators.
	 * @throws org.medkarta.documents.DocumentRefusedException when the file is refused
	 */
	void submitPassport(String fileName, byte[] content);

	/** The current operator's decision on a pending identity case. */
	void decide(UUID caseId, boolean confirm, String reason);

}
