package org.medkarta.family;

import java.time.LocalDate;

import org.medkarta.core.BirthCertificateNumber;
import org.medkarta.core.PersonName;
import org.medkarta.core.Snils;

/**
 * A child as a guardian describes them in «Добавить ребёнка».
 *
 * @param name the child's name
 * @param birthDate date of birth
 * @param snils the child's SNILS
 * @param certificate birth certificate series and number
 * @param certificateIssuedOn the certificate's date of issue
 */
public record ChildDetails(PersonName name, LocalDate birthDate, Snils snils, BirthCertificateNumber certificate,
		LocalDate certificateIssuedOn) {
}
