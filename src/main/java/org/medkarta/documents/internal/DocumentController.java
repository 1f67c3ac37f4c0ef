package org.medkarta.documents.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.medkarta.documents.AudienceDirectory;
import org.medkarta.documents.DocumentId;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves stored documents to those allowed (SECURITY.md §12): as an attachment under
 * their generated name, or, for images, inline in a sandbox. Anything else, a malformed
 * id included, is answered 404 so that no one learns whether a document exists.
 */
@Controller
class DocumentController {

	static final String VIEW_POLICY = "sandbox; default-src 'none'; img-src 'self'";

	private final DocumentsService documents;

	private final List<AudienceDirectory> directories;

	DocumentController(DocumentsService documents, List<AudienceDirectory> directories) {
		this.documents = documents;
		this.directories = directories;
	}

	@GetMapping("/documents/{id}")
	ResponseEntity<byte[]> download(Authentication authentication, @PathVariable("id") String id) {
		StoredDocument document = readable(authentication, id);
		return file(document, ContentDisposition.attachment()).body(document.content());
	}

	@GetMapping("/documents/{id}/view")
	ResponseEntity<byte[]> view(Authentication authentication, @PathVariable("id") String id) {
		StoredDocument document = readable(authentication, id);
		if (!document.info().isImage()) {
			return ResponseEntity.status(HttpStatus.FOUND)
				.location(ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/documents/{id}")
					.buildAndExpand(document.info().id())
					.toUri())
				.cacheControl(CacheControl.noStore())
				.build();
		}
		return file(document, ContentDisposition.inline()).header("Content-Security-Policy", VIEW_POLICY)
			.body(document.content());
	}

	private static ResponseEntity.BodyBuilder file(StoredDocument document, ContentDisposition.Builder disposition) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.info().contentType()))
			.contentLength(document.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(document.info().fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore());
	}

	private StoredDocument readable(Authentication authentication, String id) {
		Optional<Viewer> viewer = Viewer.of(authentication);
		DocumentId documentId = parse(id);
		if (viewer.isEmpty() || documentId == null) {
			throw notFound();
		}
		return this.documents.readable(documentId, withDirectories(viewer.get()))
			.orElseThrow(DocumentController::notFound);
	}

	private Viewer withDirectories(Viewer viewer) {
		Set<String> audiences = new HashSet<>(viewer.audiences());
		for (AudienceDirectory directory : this.directories) {
			directory.audiencesOf(viewer.account()).forEach((audience) -> audiences.add(audience.key()));
		}
		return new Viewer(viewer.account(), audiences);
	}

	/** Only the canonical form of a UUID; anything else is simply not found. */
	private static DocumentId parse(String id) {
		if (id == null || id.length() != 36) {
			return null;
		}
		try {
			UUID value = UUID.fromString(id);
			return value.toString().equalsIgnoreCase(id) ? new DocumentId(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
