package org.medkarta.family.internal;

import java.io.IOException;
import java.util.Optional;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file an operator uploaded, before the documents module checks it.
 *
 * @param name the name the browser sent; never trusted
 * @param content the bytes
 */
record UploadedFile(String name, byte[] content) {

	/** The file of a form field, or null when none was chosen. */
	static UploadedFile of(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return null;
		}
		return new UploadedFile(Optional.ofNullable(file.getOriginalFilename()).orElse(""), file.getBytes());
	}

}
