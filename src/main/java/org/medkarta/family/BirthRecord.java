package org.medkarta.family;

import java.time.LocalDate;

import org.medkarta.core.BirthCertificateNumber;
import org.medkarta.core.PersonName;
import org.medkarta.core.Snils;

/**
 * A civil registry's record of a birth: the child and the parents named in it.
 *
 * @param child the child's SNILS
 * @param name the child's name
 * @param birthDate the date of birth
 * @param certificate the birth certificate
 * @param mother the mother's SNILS, or {@code null}
 * @param father the father's SNILS, or {@code null}
 */
public record BirthRecord(Snils child, PersonName name, LocalDate birthDate, BirthCertificateNumber certificate,
		Snils mother, Snils father) {

	public boolean namesParent(Snils parent) {
		return parent.equals(this.mother) || parent.equals(this.father);
	}

}
