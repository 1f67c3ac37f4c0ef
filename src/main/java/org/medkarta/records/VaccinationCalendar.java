package org.medkarta.records;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;

/**
 * The national calendar of preventive vaccinations for children (Order of the Ministry of
 * Health No. 1122n of 06.12.2021, Appendix 1; DOMAIN.md §8), without the rows for risk
 * groups and catch-up. A vaccination in the record counts for a disease when its name
 * names the disease, as Russian clinic systems write it.
 */
public final class VaccinationCalendar {

	/** Each disease, with the words that name its vaccines. */
	public enum Disease {

		HEPATITIS_B("гепатит"), TUBERCULOSIS("бцж", "туберкул"), PNEUMOCOCCAL("пневмокок"),
		DIPHTHERIA_PERTUSSIS_TETANUS("акдс", "коклюш"), POLIOMYELITIS("полиомиелит"), HIB("гемофильн"),
		MEASLES_MUMPS_RUBELLA("кор"), DIPHTHERIA_TETANUS("адс-м");

		private final List<String> words;

		Disease(String... words) {
			this.words = List.of(words);
		}

		/** Whether a vaccine's name names this disease. */
		public boolean names(String vaccine) {
			return namesLowerCase((vaccine != null) ? vaccine.toLowerCase(Locale.ROOT) : "");
		}

		/** The same for a name already in lower case, when many diseases are asked. */
		public boolean namesLowerCase(String vaccine) {
			for (String word : this.words) {
				if (vaccine.contains(word)) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * One dose of the calendar.
	 *
	 * @param disease what it protects against
	 * @param number the dose's number for this disease, from 1
	 * @param age the age at which it is given
	 * @param vaccine how the vaccine is named
	 */
	public record Dose(Disease disease, int number, Period age, String vaccine) {

		public LocalDate dueOn(LocalDate born) {
			return born.plus(this.age);
		}

	}

	public static final List<Dose> DOSES = List.of(
			new Dose(Disease.HEPATITIS_B, 1, Period.ZERO, "Вакцина против вирусного гепатита B"),
			new Dose(Disease.TUBERCULOSIS, 1, Period.ofDays(3), "БЦЖ-М (вакцина против туберкулёза)"),
			new Dose(Disease.HEPATITIS_B, 2, Period.ofMonths(1), "Вакцина против вирусного гепатита B"),
			new Dose(Disease.PNEUMOCOCCAL, 1, Period.ofMonths(2), "Вакцина против пневмококковой инфекции"),
			new Dose(Disease.DIPHTHERIA_PERTUSSIS_TETANUS, 1, Period.ofMonths(3), "АКДС (коклюш, дифтерия, столбняк)"),
			new Dose(Disease.POLIOMYELITIS, 1, Period.ofMonths(3), "Вакцина против полиомиелита (инактивированная)"),
			new Dose(Disease.HIB, 1, Period.ofMonths(3), "Вакцина против гемофильной инфекции типа b"),
			new Dose(Disease.DIPHTHERIA_PERTUSSIS_TETANUS, 2, Period.of(0, 4, 15), "АКДС (коклюш, дифтерия, столбняк)"),
			new Dose(Disease.HIB, 2, Period.of(0, 4, 15), "Вакцина против гемофильной инфекции типа b"),
			new Dose(Disease.POLIOMYELITIS, 2, Period.of(0, 4, 15), "Вакцина против полиомиелита (инактивированная)"),
			new Dose(Disease.PNEUMOCOCCAL, 2, Period.of(0, 4, 15), "Вакцина против пневмококковой инфекции"),
			new Dose(Disease.DIPHTHERIA_PERTUSSIS_TETANUS, 3, Period.ofMonths(6), "АКДС (коклюш, дифтерия, столбняк)"),
			new Dose(Disease.HEPATITIS_B, 3, Period.ofMonths(6), "Вакцина против вирусного гепатита B"),
			new Dose(Disease.POLIOMYELITIS, 3, Period.ofMonths(6), "Вакцина против полиомиелита (инактивированная)"),
			new Dose(Disease.HIB, 3, Period.ofMonths(6), "Вакцина против гемофильной инфекции типа b"),
			new Dose(Disease.MEASLES_MUMPS_RUBELLA, 1, Period.ofMonths(12),
					"Вакцина против кори, краснухи, эпидемического паротита"),
			new Dose(Disease.PNEUMOCOCCAL, 3, Period.ofMonths(15),
					"Вакцина против пневмококковой инфекции, ревакцинация"),
			new Dose(Disease.DIPHTHERIA_PERTUSSIS_TETANUS, 4, Period.ofMonths(18), "АКДС, ревакцинация"),
			new Dose(Disease.POLIOMYELITIS, 4, Period.ofMonths(18), "Вакцина против полиомиелита, ревакцинация"),
			new Dose(Disease.HIB, 4, Period.ofMonths(18), "Вакцина против гемофильной инфекции типа b, ревакцинация"),
			new Dose(Disease.POLIOMYELITIS, 5, Period.ofMonths(20), "Вакцина против полиомиелита, вторая ревакцинация"),
			new Dose(Disease.MEASLES_MUMPS_RUBELLA, 2, Period.ofYears(6),
					"Вакцина против кори, краснухи, эпидемического паротита, ревакцинация"),
			new Dose(Disease.POLIOMYELITIS, 6, Period.ofYears(6), "Вакцина против полиомиелита, третья ревакцинация"),
			new Dose(Disease.DIPHTHERIA_TETANUS, 1, Period.ofYears(6), "АДС-М (дифтерия, столбняк), ревакцинация"),
			new Dose(Disease.DIPHTHERIA_TETANUS, 2, Period.ofYears(14), "АДС-М (дифтерия, столбняк), ревакцинация"));

	private VaccinationCalendar() {
	}

}
