package org.medkarta.documents;

import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may ask of documents. Every upload of the portal goes through
 * {@link #store}, which enforces SECURITY.md §10–11; downloads are served by this module
 * at {@code /documents/{id}} after an authorisation check (§12).
 */
public interface Documents {

	/**
	 * Checks an upload and stores it. Nothing is stored when a check fails.
	 * @param owner the account the document belongs to
	 * @param kind what it is
	 * @param originalName the name the browser sent; never trusted, never stored
	 * @param content the file
	 * @return the stored document
	 * @throws DocumentRefusedException when the file is not accepted, with the reason
	 */
	DocumentId store(UUID owner, DocumentKind kind, String originalName, byte[] content);

	/**
	 * Lets an audience download the document as well as its owner. Sharing twice changes
	 * nothing.
	 * @param id a stored document that is not voided
	 * @param audience who may download it
	 * @throws IllegalArgumentException when there is no such document
	 */
	void share(DocumentId id, Audience audience);

	/** A document's description; empty for an unknown or voided document. */
	Optional<DocumentInfo> info(DocumentId id);

}
