package org.medkarta.demo;

import java.time.LocalDate;
import java.util.List;

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

	private DemoIdentities() {
	}

}
