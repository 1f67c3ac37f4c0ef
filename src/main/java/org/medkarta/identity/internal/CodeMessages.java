package org.medkarta.identity.internal;

import org.medkarta.web.FormErrors;

/**
 * Turns what became of a code into the message a person reads next to the code field.
 */
final class CodeMessages {

	private CodeMessages() {
	}

	static void explain(CodeResult result, FormErrors errors, String field) {
		if (result instanceof CodeResult.Wrong wrong) {
			errors.reject(field, "code.wrong", wrong.triesLeft());
		}
		else if (result instanceof CodeResult.Voided) {
			errors.reject(field, "code.voided");
		}
		else if (result instanceof CodeResult.Expired) {
			errors.reject(field, "code.expired");
		}
		else if (result instanceof CodeResult.Missing) {
			errors.reject(field, "code.missing");
		}
		else if (result instanceof CodeResult.TooSoon soon) {
			errors.rejectForm("code.too-soon", Math.max(1, soon.retryAfter().toSeconds()));
		}
		else if (result instanceof CodeResult.TooMany many) {
			errors.rejectForm("code.too-many", many.retryAfter().toMinutes() + 1);
		}
	}

	/** A code as typed: six digits, spaces ignored. */
	static boolean wellFormed(String code) {
		return code != null && code.replace(" ", "").matches("\\d{6}");
	}

	static String clean(String code) {
		return code.replace(" ", "");
	}

}
