package org.medkarta.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * What other modules' pages show about a document, without its content.
 *
 * @param id the document
 * @param kind what it is
 * @param contentType {@code image/jpeg}, {@code image/png} or {@code application/pdf}, as
 * judged from the content
 * @param sizeBytes its size
 * @param fileName the generated, safe name it is downloaded under
 * @param owner the account it belongs to
 * @param createdAt when it was stored
 */
public record DocumentInfo(DocumentId id, DocumentKind kind, String contentType, long sizeBytes, String fileName,
		UUID owner, Instant createdAt) {

	/** Whether the browser may show it inline (images only). */
	public boolean isImage() {
		return this.contentType.startsWith("image/");
	}

}
