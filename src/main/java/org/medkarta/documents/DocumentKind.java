package org.medkarta.documents;

/**
 * What a document is. The kind names the file on download, never the uploaded name.
 */
public enum DocumentKind {

	PASSPORT, BIRTH_CERTIFICATE, REGISTRATION_CERTIFICATE, CONSENT, COURT_DECISION, OTHER

}
