package org.medkarta.family.internal;

import java.sql.Date;
import java.util.Optional;

import org.medkarta.core.BirthCertificateNumber;
import org.medkarta.core.PersonName;
import org.medkarta.core.Snils;
import org.medkarta.family.BirthRecord;
import org.medkarta.family.BirthRecords;
import org.medkarta.family.CivilRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default civil registry: a table of birth records.
 */
@Component
class TableCivilRegistry implements CivilRegistry, BirthRecords {

	private final JdbcClient jdbc;

	TableCivilRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<BirthRecord> birthRecordOf(Snils child) {
		return this.jdbc.sql("SELECT * FROM birth_records WHERE child_snils = :snils")
			.param("snils", child.value())
			.query((rs, row) -> new BirthRecord(new Snils(rs.getString("child_snils")),
					new PersonName(rs.getString("surname"), rs.getString("name"), rs.getString("patronymic")),
					rs.getDate("birth_date").toLocalDate(),
					new BirthCertificateNumber(rs.getString("certificate_series"), rs.getString("certificate_number")),
					snils(rs.getString("mother_snils")), snils(rs.getString("father_snils"))))
			.optional();
	}

	@Override
	@Transactional
	public void put(BirthRecord record) {
		this.jdbc
			.sql("INSERT INTO birth_records (child_snils, surname, name, patronymic, birth_date, certificate_series, "
					+ "certificate_number, mother_snils, father_snils) VALUES (:snils, :surname, :name, :patronymic, "
					+ ":birthDate, :series, :number, :mother, :father) ON CONFLICT (child_snils) DO UPDATE SET "
					+ "surname = EXCLUDED.surname, name = EXCLUDED.name, patronymic = EXCLUDED.patronymic, "
					+ "birth_date = EXCLUDED.birth_date, certificate_series = EXCLUDED.certificate_series, "
					+ "certificate_number = EXCLUDED.certificate_number, mother_snils = EXCLUDED.mother_snils, "
					+ "father_snils = EXCLUDED.father_snils")
			.param("snils", record.child().value())
			.param("surname", record.name().surname())
			.param("name", record.name().name())
			.param("patronymic", record.name().patronymic())
			.param("birthDate", Date.valueOf(record.birthDate()))
			.param("series", record.certificate().series())
			.param("number", record.certificate().number())
			.param("mother", (record.mother() != null) ? record.mother().value() : null)
			.param("father", (record.father() != null) ? record.father().value() : null)
			.update();
	}

	private static Snils snils(String value) {
		return (value != null) ? new Snils(value) : null;
	}

}
