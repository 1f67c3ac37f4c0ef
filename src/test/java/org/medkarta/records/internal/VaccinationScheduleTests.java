package org.medkarta.records.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The child's place on the national calendar: doses counted by the vaccine's name, the
 * next one coming soon, planned or missed.
 */
class VaccinationScheduleTests {

	private static final LocalDate BORN = LocalDate.of(2025, 1, 1);

	private static Map<String, VaccinationSchedule.Row> schedule(LocalDate today, List<String> given) {
		return VaccinationSchedule.of(BORN, today, given)
			.stream()
			.collect(Collectors.toMap(VaccinationSchedule.Row::disease, (row) -> row));
	}

	@Test
	void atFourMonthsTheNextDosesAreSoon() {
		Map<String, VaccinationSchedule.Row> rows = schedule(LocalDate.of(2025, 5, 1),
				List.of("Вакцина против вирусного гепатита B", "Энджерикс В (вакцина против гепатита B)",
						"БЦЖ-М (вакцина против туберкулёза)", "Превенар 13 — пневмококковая",
						"АКДС (коклюш, дифтерия, столбняк)", "Вакцина против полиомиелита (инактивированная)",
						"Вакцина против гемофильной инфекции типа b"));
		assertThat(rows.get("HEPATITIS_B").given()).isEqualTo(2);
		assertThat(rows.get("HEPATITIS_B").dueOn()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(rows.get("HEPATITIS_B").state()).isEqualTo("SOON");
		assertThat(rows.get("DIPHTHERIA_PERTUSSIS_TETANUS").dueOn()).isEqualTo(LocalDate.of(2025, 5, 16));
		assertThat(rows.get("TUBERCULOSIS").state()).isEqualTo("DONE");
		assertThat(rows.get("MEASLES_MUMPS_RUBELLA").state()).isEqualTo("LATER");
		assertThat(rows.get("DIPHTHERIA_TETANUS").dueOn()).isEqualTo(LocalDate.of(2031, 1, 1));
	}

	@Test
	void aDoseMoreThanAMonthPastItsDayIsMissed() {
		List<String> given = List.of("Вакцина против вирусного гепатита B", "Вакцина против вирусного гепатита B");
		assertThat(schedule(LocalDate.of(2025, 7, 31), given).get("HEPATITIS_B").state()).isEqualTo("SOON");
		assertThat(schedule(LocalDate.of(2025, 8, 1), given).get("HEPATITIS_B").state()).isEqualTo("MISSED");
		assertThat(schedule(LocalDate.of(2025, 8, 1), List.of()).get("TUBERCULOSIS").state()).isEqualTo("MISSED");
	}

	@Test
	void namesTheRecordDoesNotRecogniseCountForNothing() {
		Map<String, VaccinationSchedule.Row> rows = schedule(LocalDate.of(2025, 2, 1),
				List.of("Hep B, adolescent or pediatric", "Influenza, seasonal, injectable"));
		assertThat(rows.get("HEPATITIS_B").given()).isZero();
		assertThat(rows.values().stream().mapToInt(VaccinationSchedule.Row::total).sum()).isEqualTo(25);
	}

}
