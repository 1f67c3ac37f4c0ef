/**
 * Uploaded scans and PDFs: type judged by content, size limits, storage in PostgreSQL and
 * download only after an authorisation check.
 */
package org.medkarta.documents;
