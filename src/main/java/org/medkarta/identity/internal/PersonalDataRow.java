package org.medkarta.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.medkarta.core.Inn;
import org.medkarta.core.IssuerCode;
import org.medkarta.core.PassportNumber;
import org.medkarta.core.PersonName;
import org.medkarta.core.Sex;
import org.medkarta.core.Snils;
import org.medkarta.identity.CitizenRegistry;
import org.medkarta.identity.PersonalData;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The personal data of an account as stored, with the registry's last answer. Part of the
 * account aggregate.
 */
@Table("personal_data")
record PersonalDataRow(String surname, String name, String patronymic, LocalDate birthDate, Sex sex,
		String passportSeries, String passportNumber, LocalDate passportIssuedOn, String issuerCode, String snils,
		String inn, Instant registryCheckedAt, Boolean registryFound, String mismatchedFields) {

	static PersonalDataRow of(PersonalData data, CitizenRegistry.Answer answer, Instant checkedAt) {
		return new PersonalDataRow(data.name().surname(), data.name().name(), data.name().patronymic(),
				data.birthDate(), data.sex(), data.passport().series(), data.passport().number(),
				data.passportIssuedOn(), data.issuerCode().value(), data.snils().value(),
				(data.inn() != null) ? data.inn().value() : null, checkedAt, answer.found(),
				String.join(",", new TreeSet<>(answer.mismatched())));
	}

	PersonalData toData() {
		return new PersonalData(new PersonName(this.surname, this.name, this.patronymic), this.birthDate, this.sex,
				new PassportNumber(this.passportSeries, this.passportNumber), this.passportIssuedOn,
				new IssuerCode(this.issuerCode), new Snils(this.snils), (this.inn != null) ? new Inn(this.inn) : null);
	}

	public Set<String> mismatched() {
		if (this.mismatchedFields == null || this.mismatchedFields.isEmpty()) {
			return Set.of();
		}
		return new TreeSet<>(Arrays.asList(this.mismatchedFields.split(",")));
	}

	public boolean matched() {
		return Boolean.TRUE.equals(this.registryFound) && mismatched().isEmpty();
	}

	/**
	 * Whether the passport or SNILS differ from the other data: the checks must start
	 * again.
	 */
	boolean documentsDifferFrom(PersonalData data) {
		return !this.passportSeries.equals(data.passport().series())
				|| !this.passportNumber.equals(data.passport().number())
				|| !this.passportIssuedOn.equals(data.passportIssuedOn())
				|| !this.issuerCode.equals(data.issuerCode().value()) || !this.snils.equals(data.snils().value());
	}

}
