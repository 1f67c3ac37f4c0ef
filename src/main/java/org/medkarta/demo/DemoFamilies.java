package org.medkarta.demo;

import java.time.LocalDate;
import java.util.List;

import org.medkarta.core.BirthCertificateNumber;
import org.medkarta.core.PersonName;
import org.medkarta.core.Snils;
import org.medkarta.family.BirthRecord;
import org.medkarta.family.ChildDetails;

/**
 * Birth records of the demo civil registry, and the demo parent's child. README.md lists
 * the children, so a person trying the demo can add them.
 */
final class DemoFamilies {

	/** The demo parent's son, linked and verified on first start. */
	static final BirthRecord PARENT_CHILD = new BirthRecord(Snils.of("345-678-003 99"),
			new PersonName("Кузнецов", "Миша", "Андреевич"), LocalDate.of(2017, 6, 5),
			new BirthCertificateNumber("II-МЮ", "512834"), DemoIdentities.PARENT.snils(), null);

	static final List<BirthRecord> FOR_VISITORS = List.of(
			// Ivanova's daughter: the record names her, so adding the child verifies at
			// once.
			new BirthRecord(Snils.of("198-765-432 47"), new PersonName("Иванова", "Алиса", "Сергеевна"),
					LocalDate.of(2015, 11, 23), new BirthCertificateNumber("IV-МЮ", "203344"),
					DemoIdentities.FOR_VISITORS.get(0).snils(), null),
			// Petrov's nephew: the record names other parents, so the case goes to an
			// operator.
			new BirthRecord(Snils.of("287-654-321 20"), new PersonName("Петров", "Иван", "Олегович"),
					LocalDate.of(2019, 3, 2), new BirthCertificateNumber("I-МЮ", "778812"), null, null));

	static ChildDetails details(BirthRecord record, LocalDate issuedOn) {
		return new ChildDetails(record.name(), record.birthDate(), record.child(), record.certificate(), issuedOn);
	}

	private DemoFamilies() {
	}

}
