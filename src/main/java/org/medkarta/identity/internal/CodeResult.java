package org.medkarta.identity.internal;

import java.time.Duration;

/**
 * What became of asking for or entering a one-time code.
 */
sealed interface CodeResult {

	/** A code was made and is on its way. The code itself goes to the phone only. */
	record Issued(String code) implements CodeResult {

		@Override
		public String toString() {
			return "Issued[code hidden]";
		}

	}

	/** The last code to this phone is too recent. */
	record TooSoon(Duration retryAfter) implements CodeResult {
	}

	/** Too many codes for this phone or address in the window. */
	record TooMany(Duration retryAfter) implements CodeResult {
	}

	/** The code was right and is now used up. */
	record Accepted() implements CodeResult {
	}

	/** The code was wrong; this many tries are left. */
	record Wrong(int triesLeft) implements CodeResult {
	}

	/** Too many wrong entries: the code is void. */
	record Voided() implements CodeResult {
	}

	/** The code is older than its validity. */
	record Expired() implements CodeResult {
	}

	/** There is no usable code: never sent, already used, or replaced. */
	record Missing() implements CodeResult {
	}

}
