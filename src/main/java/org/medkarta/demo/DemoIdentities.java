package org.medkarta.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.medkarta.core.Inn;
import org.medkarta.core.IssuerCode;
import org.medkarta.core.PassportNumber;
import org.medkarta.core.PersonName;
import org.medkarta.core.Sex;
import org.medkarta.core.Snils;
import org.medkarta.identity.PersonalData;

/**
 * The people the demo citizen registry knows. README.md lists them, so a person trying
 * the demo can register with any new phone and then enter one of these identities. The
 * last one is entered in README.md with a different passport issue date, to show a
 * mismatch.
 */
final class DemoIdentities {

	static final PersonalData PARENT = new PersonalData(new PersonName("Кузнецова", "Анна", "Викторовна"),
			LocalDate.of(1988, 3, 14), Sex.FEMALE, new PassportNumber("4508", "731904"), LocalDate.of(2008, 4, 2),
			new IssuerCode("770-045"), Snils.of("456-789-004 38"), null);

	static final List<PersonalData> FOR_VISITORS = List.of(
			new PersonalData(new PersonName("Иванова", "Мария", "Петровна"), LocalDate.of(1990, 5, 17), Sex.FEMALE,
					new PassportNumber("4510", "123456"), LocalDate.of(2010, 6, 1), new IssuerCode("770-001"),
					Snils.of("112-233-445 95"), Inn.of("770123456703")),
			new PersonalData(new PersonName("Петров", "Алексей", "Сергеевич"), LocalDate.of(1985, 2, 3), Sex.MALE,
					new PassportNumber("4505", "654321"), LocalDate.of(2005, 3, 10), new IssuerCode("770-002"),
					Snils.of("123-456-001 19"), Inn.of("770234567818")),
			new PersonalData(new PersonName("Смирнова", "Ольга", "Игоревна"), LocalDate.of(1992, 9, 12), Sex.FEMALE,
					new PassportNumber("4512", "246810"), LocalDate.of(2012, 10, 5), new IssuerCode("770-003"),
					Snils.of("234-567-002 59"), null));

	/**
	 * The demo clinics' staff and administrators by phone, with the names they sign
	 * extracts with.
	 */
	static final Map<String, PersonalData> STAFF = Map.ofEntries(
			Map.entry("+79000000003",
					new PersonalData(new PersonName("Смирнова", "Елена", "Павловна"), LocalDate.of(1979, 4, 11),
							Sex.FEMALE, new PassportNumber("4010", "551000"), LocalDate.of(1999, 6, 1),
							new IssuerCode("780-001"), Snils.of("567-800-301 99"), null)),
			Map.entry("+79000000004",
					new PersonalData(new PersonName("Волков", "Игорь", "Николаевич"), LocalDate.of(1971, 9, 23),
							Sex.MALE, new PassportNumber("4011", "551001"), LocalDate.of(1991, 6, 1),
							new IssuerCode("780-002"), Snils.of("567-800-302 00"), null)),
			Map.entry("+79000000005",
					new PersonalData(new PersonName("Морозова", "Ирина", "Александровна"), LocalDate.of(1983, 1, 30),
							Sex.FEMALE, new PassportNumber("4012", "551002"), LocalDate.of(2003, 6, 1),
							new IssuerCode("780-003"), Snils.of("567-800-303 00"), null)),
			Map.entry("+79000000006",
					new PersonalData(new PersonName("Лебедев", "Павел", "Олегович"), LocalDate.of(1975, 12, 5),
							Sex.MALE, new PassportNumber("4013", "551003"), LocalDate.of(1995, 6, 1),
							new IssuerCode("780-004"), Snils.of("567-800-304 01"), null)));

	private DemoIdentities() {
	}

}
