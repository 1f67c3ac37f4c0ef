package org.medkarta.identity;

import java.io.Serializable;
import java.time.LocalDate;

import org.medkarta.core.Inn;
import org.medkarta.core.IssuerCode;
import org.medkarta.core.PassportNumber;
import org.medkarta.core.PersonName;
import org.medkarta.core.Sex;
import org.medkarta.core.Snils;

/**
 * The personal data of DOMAIN.md §2 that the citizen registry checks.
 *
 * @param name full name
 * @param birthDate date of birth
 * @param sex sex
 * @param passport passport series and number
 * @param passportIssuedOn date of issue
 * @param issuerCode code of the issuing office
 * @param snils SNILS
 * @param inn INN, or {@code null}
 */
public record PersonalData(PersonName name, LocalDate birthDate, Sex sex, PassportNumber passport,
		LocalDate passportIssuedOn, IssuerCode issuerCode, Snils snils, Inn inn) implements Serializable {
}
