package org.medkarta.documents;

/**
 * An upload was refused. Pages show {@link #messageKey()} with {@link #args()} in the
 * reader's language and answer {@link #httpStatus()}.
 */
public class DocumentRefusedException extends RuntimeException {

	private final Reason reason;

	private final transient Object[] args;

	public DocumentRefusedException(Reason reason, Object... args) {
		super("Document refused: " + reason);
		this.reason = reason;
		this.args = args.clone();
	}

	public Reason reason() {
		return this.reason;
	}

	public String messageKey() {
		return this.reason.messageKey();
	}

	public Object[] args() {
		return (this.args != null) ? this.args.clone() : new Object[0];
	}

	public int httpStatus() {
		return this.reason.httpStatus();
	}

	/**
	 * Why a file was refused: 413 for sizes over a limit, 415 for a type not accepted,
	 * 422 for a file of an accepted type that fails a check.
	 */
	public enum Reason {

		/** The file is empty. */
		EMPTY(415, "documents.refused.empty"),
		/** Not JPEG, PNG or PDF by content. */
		TYPE(415, "documents.refused.type"),
		/** Over the size limit of one file. */
		TOO_LARGE(413, "documents.refused.too-large"),
		/** Over the account's quota of files or bytes. */
		QUOTA(413, "documents.refused.quota"),
		/** Over the pixel limit of an image. */
		IMAGE_TOO_BIG(413, "documents.refused.image-too-big"),
		/** Another file hidden in or after this one. */
		POLYGLOT(422, "documents.refused.polyglot"),
		/** An image whose structure or dimensions cannot be read. */
		IMAGE_UNREADABLE(422, "documents.refused.image-unreadable"),
		/** A PDF with JavaScript, launch actions, XFA forms or rich media. */
		PDF_SCRIPT(422, "documents.refused.pdf-script"),
		/** An encrypted PDF. */
		PDF_ENCRYPTED(422, "documents.refused.pdf-encrypted"),
		/** A PDF carrying attached files. */
		PDF_EMBEDDED(422, "documents.refused.pdf-embedded"),
		/** A PDF that cannot be read. */
		PDF_DAMAGED(422, "documents.refused.pdf-damaged");

		private final int httpStatus;

		private final String messageKey;

		Reason(int httpStatus, String messageKey) {
			this.httpStatus = httpStatus;
			this.messageKey = messageKey;
		}

		public int httpStatus() {
			return this.httpStatus;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
