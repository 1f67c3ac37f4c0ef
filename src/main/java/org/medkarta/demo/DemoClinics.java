package org.medkarta.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.medkarta.appointments.Specialty;
import org.medkarta.clinics.Clinics;
import org.medkarta.core.Ogrn;

/**
 * The two demo clinics README.md lists, with their staff's demo phones.
 */
final class DemoClinics {

	private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
			DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

	static final DemoClinic FIRST = new DemoClinic(
			new Clinics.NewClinic(
					"Санкт-Петербургское государственное бюджетное учреждение здравоохранения "
							+ "«Детская городская поликлиника № 1»",
					"Детская городская поликлиника № 1", new Ogrn("1027800000018"),
					"Санкт-Петербург, ул. Садовая, д. 10", "+7 812 000-00-01", "Пн–Пт 8:00–20:00, Сб 9:00–15:00"),
			"+79000000003", "+79000000004",
			List.of(new DemoDoctor("Петрова Анна Сергеевна", Specialty.PAEDIATRICIAN, 20, WEEKDAYS, LocalTime.of(8, 0),
					LocalTime.of(14, 0), LocalTime.of(11, 0)),
					new DemoDoctor("Смирнов Олег Викторович", Specialty.PAEDIATRICIAN, 20, WEEKDAYS,
							LocalTime.of(14, 0), LocalTime.of(20, 0), LocalTime.of(17, 0)),
					new DemoDoctor("Волкова Елена Игоревна", Specialty.ENT, 30,
							List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
							LocalTime.of(15, 0), LocalTime.of(12, 0)),
					new DemoDoctor("Орлов Дмитрий Андреевич", Specialty.OPHTHALMOLOGIST, 20,
							List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(10, 0), LocalTime.of(16, 0),
							LocalTime.of(13, 0)),
					new DemoDoctor("Козлова Марина Павловна", Specialty.DENTIST, 30, WEEKDAYS, LocalTime.of(8, 30),
							LocalTime.of(14, 30), LocalTime.of(11, 30))));

	static final DemoClinic SECOND = new DemoClinic(
			new Clinics.NewClinic(
					"Санкт-Петербургское государственное бюджетное учреждение здравоохранения "
							+ "«Детская поликлиника № 2»",
					"Детская поликлиника № 2", new Ogrn("1027800000029"), "Санкт-Петербург, Невский пр., д. 100",
					"+7 812 000-00-02", "Пн–Пт 8:00–20:00"),
			"+79000000005", "+79000000006",
			List.of(new DemoDoctor("Никитина Ольга Романовна", Specialty.PAEDIATRICIAN, 20, WEEKDAYS,
					LocalTime.of(8, 0), LocalTime.of(14, 0), LocalTime.of(11, 0)),
					new DemoDoctor("Фролов Игорь Сергеевич", Specialty.NEUROLOGIST, 30,
							List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 0), LocalTime.of(15, 0),
							LocalTime.of(12, 0))));

	static final List<DemoClinic> ALL = List.of(FIRST, SECOND);

	private DemoClinics() {
	}

	record DemoClinic(Clinics.NewClinic clinic, String staffPhone, String adminPhone, List<DemoDoctor> doctors) {
	}

	/** A doctor working the given days with a half-hour break. */
	record DemoDoctor(String name, Specialty specialty, int slotMinutes, List<DayOfWeek> days, LocalTime starts,
			LocalTime ends, LocalTime breakStarts) {
	}

}
