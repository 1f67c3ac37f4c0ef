package org.medkarta.documents.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The file types the portal accepts, recognised by their first bytes only.
 */
enum DocumentType {

	JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),

	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),

	PDF("application/pdf", "pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII));

	private final String contentType;

	private final String extension;

	private final byte[] signature;

	DocumentType(String contentType, String extension, byte[] signature) {
		this.contentType = contentType;
		this.extension = extension;
		this.signature = signature;
	}

	String contentType() {
		return this.contentType;
	}

	String extension() {
		return this.extension;
	}

	static Optional<DocumentType> of(byte[] content) {
		for (DocumentType type : values()) {
			if (Bytes.startsWith(content, type.signature)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
