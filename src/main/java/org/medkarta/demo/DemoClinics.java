package org.medkarta.demo;

import java.util.List;

import org.medkarta.clinics.Clinics;
import org.medkarta.core.Ogrn;

/**
 * The two demo clinics README.md lists, with their staff's demo phones.
 */
final class DemoClinics {

	static final DemoClinic FIRST = new DemoClinic(new Clinics.NewClinic(
			"Санкт-Петербургское государственное бюджетное учреждение здравоохранения "
					+ "«Детская городская поликлиника № 1»",
			"Детская городская поликлиника № 1", new Ogrn("1027800000018"), "Санкт-Петербург, ул. Садовая, д. 10",
			"+7 812 000-00-01", "Пн–Пт 8:00–20:00, Сб 9:00–15:00"), "+79000000003", "+79000000004");

	static final DemoClinic SECOND = new DemoClinic(
			new Clinics.NewClinic(
					"Санкт-Петербургское государственное бюджетное учреждение здравоохранения "
							+ "«Детская поликлиника № 2»",
					"Детская поликлиника № 2", new Ogrn("1027800000029"), "Санкт-Петербург, Невский пр., д. 100",
					"+7 812 000-00-02", "Пн–Пт 8:00–20:00"),
			"+79000000005", "+79000000006");

	static final List<DemoClinic> ALL = List.of(FIRST, SECOND);

	private DemoClinics() {
	}

	record DemoClinic(Clinics.NewClinic clinic, String staffPhone, String adminPhone) {
	}

}
