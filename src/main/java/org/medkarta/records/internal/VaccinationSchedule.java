package org.medkarta.records.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.medkarta.records.VaccinationCalendar;
import org.medkarta.records.VaccinationCalendar.Disease;
import org.medkarta.records.VaccinationCalendar.Dose;

/**
 * Where a child stands against the national calendar: for each disease, the doses in the
 * record, and the next dose with its date, missed when its day is more than a month past.
 */
final class VaccinationSchedule {

	/** How long after its day a dose counts as missed. */
	static final int GRACE_DAYS = 30;

	/** How far ahead a dose counts as coming soon. */
	static final int SOON_DAYS = 90;

	private VaccinationSchedule() {
	}

	static List<Row> of(LocalDate born, LocalDate today, List<String> vaccinesGiven) {
		List<Row> rows = new ArrayList<>();
		List<String> lowered = vaccinesGiven.stream()
			.map((name) -> (name != null) ? name.toLowerCase(java.util.Locale.ROOT) : "")
			.toList();
		for (Disease disease : Disease.values()) {
			long given = lowered.stream().filter(disease::namesLowerCase).count();
			List<Dose> doses = VaccinationCalendar.DOSES.stream().filter((dose) -> dose.disease() == disease).toList();
			Dose next = doses.stream().filter((dose) -> dose.number() > given).findFirst().orElse(null);
			String state;
			if (next == null) {
				state = "DONE";
			}
			else if (today.isAfter(next.dueOn(born).plusDays(GRACE_DAYS))) {
				state = "MISSED";
			}
			else if (!next.dueOn(born).isAfter(today.plusDays(SOON_DAYS))) {
				state = "SOON";
			}
			else {
				state = "LATER";
			}
			rows.add(new Row(disease.name(), (int) Math.min(given, doses.size()), doses.size(), next,
					(next != null) ? next.dueOn(born) : null, state));
		}
		return rows;
	}

	/**
	 * One disease.
	 *
	 * @param disease the disease
	 * @param given doses in the record
	 * @param total doses in the calendar
	 * @param next the next dose, or {@code null} when all are given
	 * @param dueOn its day
	 * @param state DONE, SOON, LATER or MISSED
	 */
	record Row(String disease, int given, int total, Dose next, LocalDate dueOn, String state) {
	}

}
