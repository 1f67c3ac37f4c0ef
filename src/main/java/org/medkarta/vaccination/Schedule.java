package org.medkarta.vaccination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a child stands against the national calendar. The vaccinations in the record are
 * matched to the calendar by disease and, in the order they were given, by dose: the
 * first hepatitis B vaccination is V1, the second V2, and so on; one named a
 * revaccination goes to the next revaccination. A dose not yet given is due on its
 * calendar day, or later when the least interval after the previous dose asks for it; it
 * is overdue a month after that day, and not for this child when it is for the other
 * group or the child is past its age limit. The calendar's rows are in the order of their
 * ages, and so is the schedule.
 */
public final class Schedule {

	/** How long after its day a dose counts as overdue. */
	public static final int GRACE_DAYS = 30;

	private Schedule() {
	}

	/**
	 * The schedule, dose by dose in the calendar's order.
	 * @param born the date of birth
	 * @param today today, in the family's time zone
	 * @param given the vaccinations in the record
	 * @param riskGroup whether the child is in a risk group for hepatitis B
	 */
	public static List<Line> of(LocalDate born, LocalDate today, List<Given> given, boolean riskGroup) {
		Map<Dose, Line> lines = new IdentityHashMap<>();
		List<Named> named = given.stream()
			.map((vaccination) -> new Named(vaccination,
					(vaccination.vaccine() != null) ? vaccination.vaccine().toLowerCase(Locale.ROOT) : ""))
			.toList();
		for (Disease disease : Disease.values()) {
			List<Given> doneForDisease = named.stream()
				.filter((vaccination) -> disease.namesLowered(vaccination.lowered()))
				.map(Named::given)
				.sorted(Comparator.comparing(Given::on, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
			List<Dose> doses = NationalCalendar.of(disease)
				.stream()
				.filter((dose) -> dose.who().includes(riskGroup))
				.toList();
			Map<Dose, Given> matched = new IdentityHashMap<>();
			int next = 0;
			for (Given vaccination : doneForDisease) {
				boolean revaccination = revaccination(disease, vaccination.vaccine());
				for (int i = next; i < doses.size(); i++) {
					if (!revaccination || doses.get(i).label().startsWith("RV")) {
						matched.put(doses.get(i), vaccination);
						next = i + 1;
						break;
					}
				}
			}
			LocalDate previous = null;
			for (Dose dose : NationalCalendar.of(disease)) {
				if (!dose.who().includes(riskGroup)) {
					lines.put(dose, new Line(dose, State.NOT_APPLICABLE, null, null));
					continue;
				}
				if (matched.containsKey(dose)) {
					LocalDate on = matched.get(dose).on();
					lines.put(dose, new Line(dose, State.DONE, null, on));
					previous = (on != null) ? on : dose.dueOn(born);
					continue;
				}
				LocalDate due = dose.dueOn(born);
				if (previous != null && dose.interval() != null && previous.plus(dose.interval()).isAfter(due)) {
					due = previous.plus(dose.interval());
				}
				if (dose.until() != null
						&& (!due.isBefore(born.plus(dose.until())) || !today.isBefore(born.plus(dose.until())))) {
					lines.put(dose, new Line(dose, State.NOT_APPLICABLE, null, null));
					continue;
				}
				State state = today.isAfter(due.plusDays(GRACE_DAYS)) ? State.OVERDUE : State.DUE;
				lines.put(dose, new Line(dose, state, due, null));
				previous = due;
			}
		}
		List<Line> ordered = new ArrayList<>(lines.size());
		for (Dose dose : NationalCalendar.DOSES) {
			Line line = lines.get(dose);
			if (line != null) {
				ordered.add(line);
			}
		}
		return ordered;
	}

	/**
	 * A vaccination with its name lower-cased once, for matching against every disease.
	 */
	private record Named(Given given, String lowered) {
	}

	/**
	 * Whether the vaccine's name says it was a revaccination («ревакцинация», or АДС-М,
	 * which the calendar gives only as one): such a vaccination is matched to the next
	 * revaccination, so a vaccination missed before it shows as missed.
	 */
	static boolean revaccination(Disease disease, String vaccine) {
		String lowered = (vaccine != null) ? vaccine.toLowerCase(Locale.ROOT) : "";
		return lowered.contains("ревакц") || (disease == Disease.DIPHTHERIA_TETANUS && lowered.contains("адс-м"));
	}

	/** Where a dose stands. */
	public enum State {

		DONE, DUE, OVERDUE, NOT_APPLICABLE

	}

	/**
	 * A vaccination in the record.
	 *
	 * @param vaccine the vaccine's name as the clinic sent it
	 * @param on the day it was given, or {@code null} when the clinic did not say
	 */
	public record Given(String vaccine, LocalDate on) {
	}

	/**
	 * One dose of the child's schedule.
	 *
	 * @param dose the calendar's dose
	 * @param state where it stands
	 * @param dueOn the day it is due, when due or overdue
	 * @param givenOn the day it was given, when done and known
	 */
	public record Line(Dose dose, State state, LocalDate dueOn, LocalDate givenOn) {

		/**
		 * Due or overdue within the days from today: what reminders and the overview
		 * show.
		 */
		public boolean dueWithin(LocalDate today, int days) {
			return this.state == State.OVERDUE
					|| (this.state == State.DUE && !this.dueOn.isAfter(today.plusDays(days)));
		}

	}

}
