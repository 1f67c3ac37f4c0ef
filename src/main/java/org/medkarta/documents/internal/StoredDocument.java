package org.medkarta.documents.internal;

import org.medkarta.documents.DocumentInfo;

/**
 * A document with its content, as it is served for download.
 *
 * @param info its description
 * @param content its bytes
 */
record StoredDocument(DocumentInfo info, byte[] content) {

}
