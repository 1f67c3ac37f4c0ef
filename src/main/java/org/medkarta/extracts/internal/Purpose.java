package org.medkarta.extracts.internal;

/** What an extract is for, as the family chooses it. */
enum Purpose {

	SCHOOL, KINDERGARTEN, CAMP, SPORT, OTHER_CLINIC, OTHER;

	String messageKey() {
		return "extracts.purpose." + name();
	}

	static Purpose parse(String text) {
		for (Purpose purpose : values()) {
			if (purpose.name().equals(text)) {
				return purpose;
			}
		}
		return null;
	}

}
