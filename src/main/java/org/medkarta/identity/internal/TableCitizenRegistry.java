package org.medkarta.identity.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.medkarta.identity.CitizenRegistry;
import org.medkarta.identity.PersonalData;
import org.medkarta.identity.RegistryEntries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default citizen registry: a table of registry records, compared field by field.
 * Names are compared without regard to case or to «ё» written as «е».
 */
@Component
class TableCitizenRegistry implements CitizenRegistry, RegistryEntries {

	private final JdbcClient jdbc;

	TableCitizenRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Answer check(PersonalData data) {
		Optional<Entry> entry = this.jdbc.sql("SELECT * FROM citizen_registry WHERE snils = :snils")
			.param("snils", data.snils().value())
			.query((rs, row) -> new Entry(rs.getString("surname"), rs.getString("name"), rs.getString("patronymic"),
					rs.getDate("birth_date").toLocalDate(), rs.getString("sex"), rs.getString("passport_series"),
					rs.getString("passport_number"), rs.getDate("passport_issued_on").toLocalDate(),
					rs.getString("issuer_code"), rs.getString("inn")))
			.optional();
		if (entry.isEmpty()) {
			return new Answer(false, Set.of("snils"));
		}
		Entry record = entry.get();
		Set<String> mismatched = new LinkedHashSet<>();
		if (!sameName(record.surname(), data.name().surname())) {
			mismatched.add("surname");
		}
		if (!sameName(record.name(), data.name().name())) {
			mismatched.add("name");
		}
		if (!sameName(record.patronymic(), data.name().patronymic())) {
			mismatched.add("patronymic");
		}
		if (!record.birthDate().equals(data.birthDate())) {
			mismatched.add("birthDate");
		}
		if (!record.sex().equals(data.sex().name())) {
			mismatched.add("sex");
		}
		if (!record.passportSeries().equals(data.passport().series())
				|| !record.passportNumber().equals(data.passport().number())) {
			mismatched.add("passport");
		}
		if (!record.passportIssuedOn().equals(data.passportIssuedOn())) {
			mismatched.add("passportIssuedOn");
		}
		if (!record.issuerCode().equals(data.issuerCode().value())) {
			mismatched.add("issuerCode");
		}
		if (data.inn() != null && !data.inn().value().equals(record.inn())) {
			mismatched.add("inn");
		}
		return new Answer(true, mismatched);
	}

	@Override
	@Transactional
	public void put(PersonalData person) {
		this.jdbc
			.sql("INSERT INTO citizen_registry (snils, surname, name, patronymic, birth_date, sex, passport_series, "
					+ "passport_number, passport_issued_on, issuer_code, inn) VALUES (:snils, :surname, :name, "
					+ ":patronymic, :birthDate, :sex, :series, :number, :issuedOn, :issuer, :inn) "
					+ "ON CONFLICT (snils) DO UPDATE SET surname = EXCLUDED.surname, name = EXCLUDED.name, "
					+ "patronymic = EXCLUDED.patronymic, birth_date = EXCLUDED.birth_date, sex = EXCLUDED.sex, "
					+ "passport_series = EXCLUDED.passport_series, passport_number = EXCLUDED.passport_number, "
					+ "passport_issued_on = EXCLUDED.passport_issued_on, issuer_code = EXCLUDED.issuer_code, "
					+ "inn = EXCLUDED.inn")
			.param("snils", person.snils().value())
			.param("surname", person.name().surname())
			.param("name", person.name().name())
			.param("patronymic", person.name().patronymic())
			.param("birthDate", Date.valueOf(person.birthDate()))
			.param("sex", person.sex().name())
			.param("series", person.passport().series())
			.param("number", person.passport().number())
			.param("issuedOn", Date.valueOf(person.passportIssuedOn()))
			.param("issuer", person.issuerCode().value())
			.param("inn", (person.inn() != null) ? person.inn().value() : null)
			.update();
	}

	private static boolean sameName(String registry, String entered) {
		return Objects.equals(normal(registry), normal(entered));
	}

	private static String normal(String name) {
		return (name == null || name.isBlank()) ? null
				: name.strip().toLowerCase(Locale.forLanguageTag("ru")).replace('ё', 'е');
	}

	private record Entry(String surname, String name, String patronymic, LocalDate birthDate, String sex,
			String passportSeries, String passportNumber, LocalDate passportIssuedOn, String issuerCode, String inn) {
	}

}
