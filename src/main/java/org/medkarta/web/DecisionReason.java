package org.medkarta.web;

/**
 * The reason an operator or clinic staff member gives with a decision: required to
 * reject, at most {@value #LIMIT} characters, shown to the person the decision concerns.
 */
public final class DecisionReason {

	public static final int LIMIT = 1000;

	private DecisionReason() {
	}

	/**
	 * Records in {@code errors}, under the field {@code reason}, what is wrong with it.
	 */
	public static void check(boolean rejecting, String reason, FormErrors errors) {
		if (rejecting && (reason == null || reason.isBlank())) {
			errors.reject("reason", "operator.reason.required");
		}
		else if (Limits.tooLong(reason, LIMIT)) {
			errors.reject("reason", "validation.too-long", LIMIT);
		}
	}

}
