package org.medkarta.vaccination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.medkarta.vaccination.Schedule.Given;
import org.medkarta.vaccination.Schedule.Line;
import org.medkarta.vaccination.Schedule.State;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child's schedule against the national calendar: doses matched by disease and order,
 * due dates from the calendar's ages and least intervals, overdue a month later, and
 * doses not for this child.
 */
class ScheduleTests {

	private static final LocalDate BORN = LocalDate.of(2025, 1, 10);

	private static Line line(List<Line> lines, Disease disease, String label) {
		return lines.stream()
			.filter((line) -> line.dose().disease() == disease && line.dose().label().equals(label)
					&& line.state() != State.NOT_APPLICABLE)
			.findFirst()
			.orElseGet(() -> lines.stream()
				.filter((line) -> line.dose().disease() == disease && line.dose().label().equals(label))
				.findFirst()
				.orElseThrow());
	}

	/** Every dose of the calendar for a child outside the risk groups, on its day. */
	private static List<Given> allOnTime(LocalDate born, LocalDate until) {
		List<Given> given = new ArrayList<>();
		for (Dose dose : NationalCalendar.DOSES) {
			if (dose.who() != Dose.Who.RISK && !dose.dueOn(born).isAfter(until)) {
				given.add(new Given(dose.vaccine(), dose.dueOn(born)));
			}
		}
		return given;
	}

	@Test
	void theCalendarFileHoldsTheOrdersRows() {
		assertThat(NationalCalendar.DOSES).hasSize(28);
		assertThat(NationalCalendar.of(Disease.HEPATITIS_B)).extracting(Dose::label)
			.containsExactly("V1", "V2", "V3", "V3", "V4");
		assertThat(NationalCalendar.of(Disease.DIPHTHERIA_TETANUS)).extracting(Dose::label)
			.containsExactly("V1", "V2", "V3", "RV1", "RV2", "RV3");
		assertThat(NationalCalendar.DOSES).allSatisfy((dose) -> assertThat(dose.disease().names(dose.vaccine()))
			.as("the calendar's own name for %s %s", dose.disease(), dose.label())
			.isTrue());
	}

	@Test
	void aNewbornHasHepatitisBDueOnTheFirstDayAndNothingOverdue() {
		List<Line> lines = Schedule.of(BORN, BORN, List.of(), false);
		Line first = lines.get(0);
		assertThat(first.dose().disease()).isEqualTo(Disease.HEPATITIS_B);
		assertThat(first.state()).isEqualTo(State.DUE);
		assertThat(first.dueOn()).isEqualTo(BORN);
		assertThat(line(lines, Disease.TUBERCULOSIS, "V").dueOn()).isEqualTo(BORN.plusDays(3));
		assertThat(line(lines, Disease.DIPHTHERIA_TETANUS, "RV3").dueOn()).isEqualTo(BORN.plusYears(14));
		assertThat(lines).noneMatch((line) -> line.state() == State.OVERDUE || line.state() == State.DONE);
	}

	@Test
	void missedDosesAreOverdueAMonthAfterTheirDay() {
		List<Given> given = List.of(new Given("Вакцина против вирусного гепатита B", BORN),
				new Given("БЦЖ-М", BORN.plusDays(4)));
		List<Line> atFourMonths = Schedule.of(BORN, BORN.plusMonths(4), given, false);
		assertThat(line(atFourMonths, Disease.HEPATITIS_B, "V1").state()).isEqualTo(State.DONE);
		assertThat(line(atFourMonths, Disease.HEPATITIS_B, "V2").state()).isEqualTo(State.OVERDUE);
		assertThat(line(atFourMonths, Disease.PNEUMOCOCCAL, "V1").state()).isEqualTo(State.OVERDUE);
		Line dtp = line(atFourMonths, Disease.DIPHTHERIA_TETANUS, "V1");
		assertThat(dtp.state()).as("four months: DTP V1 is within its month of grace").isEqualTo(State.DUE);
		assertThat(dtp.dueOn()).isEqualTo(BORN.plusMonths(3));
		assertThat(Schedule.of(BORN, BORN.plusMonths(3).plusDays(31), given, false))
			.filteredOn(
					(line) -> line.dose().disease() == Disease.DIPHTHERIA_TETANUS && line.dose().label().equals("V1"))
			.extracting(Line::state)
			.containsExactly(State.OVERDUE);
	}

	@Test
	void aChildCatchingUpHasTheNextDoseAfterTheLeastInterval() {
		// The first DTP dose given late, at eight months: the second is not due at 4.5
		// months but 45 days after the first.
		LocalDate late = BORN.plusMonths(8);
		List<Line> lines = Schedule.of(BORN, late.plusDays(1),
				List.of(new Given("АКДС (коклюш, дифтерия, столбняк)", late)), false);
		assertThat(line(lines, Disease.DIPHTHERIA_TETANUS, "V1").givenOn()).isEqualTo(late);
		Line second = line(lines, Disease.DIPHTHERIA_TETANUS, "V2");
		assertThat(second.state()).isEqualTo(State.DUE);
		assertThat(second.dueOn()).isEqualTo(late.plusDays(45));
		assertThat(line(lines, Disease.DIPHTHERIA_TETANUS, "V3").dueOn()).isEqualTo(late.plusDays(90));
		assertThat(line(lines, Disease.DIPHTHERIA_TETANUS, "RV1").dueOn()).isEqualTo(late.plusDays(90).plusMonths(12));

		// Once caught up, nothing is overdue.
		List<Given> caughtUp = new ArrayList<>(allOnTime(BORN, BORN.plusMonths(6)));
		assertThat(Schedule.of(BORN, BORN.plusMonths(7), caughtUp, false))
			.noneMatch((line) -> line.state() == State.OVERDUE);
	}

	@Test
	void aRevaccinationIsMatchedToTheRevaccinationSoAMissedDoseShowsAsMissed() {
		// DTP V3 was never given; the record's fourth DTP-family vaccination is the
		// revaccination at 18 months, and АДС-М at six years is the second revaccination.
		List<Given> given = List.of(new Given("АКДС (коклюш, дифтерия, столбняк)", BORN.plusMonths(3)),
				new Given("АКДС (коклюш, дифтерия, столбняк)", BORN.plusMonths(5)),
				new Given("АКДС, ревакцинация", BORN.plusMonths(18)),
				new Given("АДС-М (дифтерия, столбняк)", BORN.plusYears(6)));
		List<Line> lines = Schedule.of(BORN, BORN.plusYears(7), given, false);
		assertThat(lines).filteredOn((line) -> line.dose().disease() == Disease.DIPHTHERIA_TETANUS)
			.extracting((line) -> line.dose().label() + " " + line.state())
			.containsExactly("V1 DONE", "V2 DONE", "V3 OVERDUE", "RV1 DONE", "RV2 DONE", "RV3 DUE");
		assertThat(line(lines, Disease.DIPHTHERIA_TETANUS, "RV1").givenOn()).isEqualTo(BORN.plusMonths(18));
		assertThat(line(lines, Disease.DIPHTHERIA_TETANUS, "RV3").dueOn()).isEqualTo(BORN.plusYears(14));
	}

	@Test
	void riskGroupRowsAreOnlyForRiskGroupChildren() {
		List<Line> other = Schedule.of(BORN, BORN, List.of(), false);
		List<Line> risk = Schedule.of(BORN, BORN, List.of(), true);
		assertThat(other).filteredOn((line) -> line.dose().disease() == Disease.HEPATITIS_B)
			.extracting((line) -> line.dose().label() + " " + line.dose().age() + " " + line.state())
			.containsExactly("V1 P0D DUE", "V2 P1M DUE", "V3 P2M NOT_APPLICABLE", "V3 P6M DUE",
					"V4 P12M NOT_APPLICABLE");
		assertThat(risk).filteredOn((line) -> line.dose().disease() == Disease.HEPATITIS_B)
			.extracting((line) -> line.dose().label() + " " + line.dose().age() + " " + line.state())
			.containsExactly("V1 P0D DUE", "V2 P1M DUE", "V3 P2M DUE", "V3 P6M NOT_APPLICABLE", "V4 P12M DUE");
	}

	@Test
	void aFourteenYearOldIsDueTheLastRevaccinationAndPastTheInfantOnlyDoses() {
		LocalDate born = LocalDate.of(2012, 3, 1);
		LocalDate today = LocalDate.of(2026, 2, 20);
		List<Given> given = new ArrayList<>(allOnTime(born, born.plusYears(7)));
		given.removeIf((vaccination) -> Disease.HIB.names(vaccination.vaccine()));
		List<Line> lines = Schedule.of(born, today, given, false);
		Line last = line(lines, Disease.DIPHTHERIA_TETANUS, "RV3");
		assertThat(last.state()).isEqualTo(State.DUE);
		assertThat(last.dueOn()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(lines).filteredOn((line) -> line.dose().disease() == Disease.HIB)
			.as("Hib is not given after five years")
			.extracting(Line::state)
			.containsOnly(State.NOT_APPLICABLE);
		assertThat(lines).filteredOn((line) -> line.state() == State.DONE).hasSize(21);
		assertThat(last.dueWithin(today, 14)).isTrue();
		assertThat(last.dueWithin(today.minusDays(1), 7)).isFalse();
	}

	@Test
	void namesTheCalendarDoesNotKnowCountForNothing() {
		List<Line> lines = Schedule.of(BORN, BORN.plusDays(1),
				List.of(new Given("Hep B, adolescent or pediatric", BORN),
						new Given("Вакцина против вирусного гепатита A", BORN)),
				false);
		assertThat(line(lines, Disease.HEPATITIS_B, "V1").state()).isEqualTo(State.DUE);
	}

}
