package org.medkarta.documents.internal;

import org.medkarta.documents.DocumentRefusedException;
import org.medkarta.documents.DocumentRefusedException.Reason;

/**
 * Decides from the content alone, never from the name or the browser's type, whether an
 * upload is accepted (SECURITY.md §10–11): JPEG, PNG or PDF, at most 10 MB, no other file
 * hidden in it, images of at most 40 megapixels by their header, PDFs without scripts,
 * launch actions, attached files or encryption.
 */
final class DocumentInspector {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final long MAX_PIXELS = 40_000_000L;

	/** The local file header of a ZIP archive (and of DOCX, JAR, APK, …). */
	private static final byte[] ZIP_LOCAL_FILE = { 'P', 'K', 3, 4 };

	/**
	 * Checks a file.
	 * @param content the uploaded bytes
	 * @return its type, when accepted
	 * @throws DocumentRefusedException with the reason, when not
	 */
	DocumentType inspect(byte[] content) {
		if (content == null || content.length == 0) {
			throw new DocumentRefusedException(Reason.EMPTY);
		}
		if (content.length > MAX_BYTES) {
			throw new DocumentRefusedException(Reason.TOO_LARGE, MAX_BYTES / (1024 * 1024));
		}
		DocumentType type = DocumentType.of(content).orElseThrow(() -> new DocumentRefusedException(Reason.TYPE));
		if (Bytes.indexOf(content, ZIP_LOCAL_FILE, 0) >= 0) {
			throw new DocumentRefusedException(Reason.POLYGLOT);
		}
		switch (type) {
			case JPEG -> ImageStructure.checkJpeg(content, MAX_PIXELS);
			case PNG -> ImageStructure.checkPng(content, MAX_PIXELS);
			case PDF -> PdfInspector.check(content);
		}
		return type;
	}

}
