package org.medkarta.documents;

import java.util.UUID;

/**
 * Who besides the owner may download a document once it is shared with them.
 */
public sealed interface Audience {

	/** Every account with the role OPERATOR, who review identity and kinship cases. */
	static Audience operators() {
		return new Operators();
	}

	/** The staff of one clinic, who handle a request the document belongs to. */
	static Audience clinic(UUID clinicId) {
		return new Clinic(clinicId);
	}

	/** How the audience is stored with a share. */
	String key();

	/** The portal's back office. */
	record Operators() implements Audience {

		@Override
		public String key() {
			return "operators";
		}

	}

	/**
	 * One clinic's staff.
	 *
	 * @param clinicId the clinic
	 */
	record Clinic(UUID clinicId) implements Audience {

		public Clinic {
			if (clinicId == null) {
				throw new IllegalArgumentException("A clinic audience needs a clinic");
			}
		}

		@Override
		public String key() {
			return "clinic:" + this.clinicId;
		}

	}

}
