package org.medkarta.core;

import java.io.Serializable;

/**
 * A person's full name as written in Russian documents: surname, given name and, where
 * there is one, patronymic. Letters (Cyrillic or Latin), hyphens, apostrophes and spaces
 * inside a part; each part up to 100 characters.
 *
 * @param surname the surname
 * @param name the given name
 * @param patronymic the patronymic, or {@code null}
 */
public record PersonName(String surname, String name, String patronymic) implements Serializable {

	private static final String PART = "\\p{IsAlphabetic}+([ '’-]\\p{IsAlphabetic}+)*";

	public PersonName {
		surname = check(surname, "validation.name.surname");
		name = check(name, "validation.name.name");
		patronymic = (patronymic == null || patronymic.isBlank()) ? null
				: check(patronymic, "validation.name.patronymic");
	}

	private static String check(String part, String key) {
		String clean = (part != null) ? part.strip().replaceAll("\\s+", " ") : "";
		if (clean.isEmpty() || clean.length() > 100 || !clean.matches(PART)) {
			throw new InvalidValueException(key);
		}
		return clean;
	}

	/** {@code Иванова Мария Петровна}. */
	public String full() {
		return (this.patronymic != null) ? this.surname + " " + this.name + " " + this.patronymic
				: this.surname + " " + this.name;
	}

	/** {@code Мария Иванова}: how a page greets or names someone briefly. */
	public String brief() {
		return this.name + " " + this.surname;
	}

	@Override
	public String toString() {
		return "PersonName[" + this.surname.charAt(0) + ".]";
	}

}
