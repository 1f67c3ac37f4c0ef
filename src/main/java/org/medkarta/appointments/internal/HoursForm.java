package org.medkarta.appointments.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.medkarta.appointments.WeeklyHours;
import org.medkarta.web.FormErrors;

/**
 * A doctor's week as the schedule form sends it: for each day of the week
 * ({@code 1}…{@code 7}) the fields {@code starts-N}, {@code ends-N},
 * {@code breakStarts-N} and {@code breakEnds-N} as {@code HH:MM}; a day with neither
 * start nor end is a day off. What was typed is kept to show again beside its error.
 *
 * @param values the fields as typed
 */
record HoursForm(Map<String, String> values) {

	static final String[] FIELDS = { "starts", "ends", "breakStarts", "breakEnds" };

	static HoursForm of(Map<String, String> posted) {
		Map<String, String> values = new HashMap<>();
		for (int day = 1; day <= 7; day++) {
			for (String field : FIELDS) {
				String value = posted.get(field + "-" + day);
				values.put(field + "-" + day, (value == null) ? "" : value.strip());
			}
		}
		for (String field : List.of("name", "specialty", "slotMinutes")) {
			String value = posted.get(field);
			values.put(field, (value == null) ? "" : value.strip());
		}
		return new HoursForm(values);
	}

	static HoursForm of(Schedules.Doctor doctor, List<WeeklyHours> hours) {
		Map<String, String> values = new HashMap<>();
		values.put("name", doctor.name());
		values.put("specialty", doctor.specialty().name());
		values.put("slotMinutes", String.valueOf(doctor.slotMinutes()));
		for (WeeklyHours on : hours) {
			int day = on.day().getValue();
			values.put("starts-" + day, on.starts().toString());
			values.put("ends-" + day, on.ends().toString());
			values.put("breakStarts-" + day, (on.breakStarts() != null) ? on.breakStarts().toString() : "");
			values.put("breakEnds-" + day, (on.breakEnds() != null) ? on.breakEnds().toString() : "");
		}
		return new HoursForm(values);
	}

	/** An empty form, with a usual slot length. */
	static HoursForm empty() {
		return of(Map.of("slotMinutes", "20"));
	}

	public String get(String field) {
		return this.values.getOrDefault(field, "");
	}

	/**
	 * The week, or {@code null} with errors recorded against each field that is not a
	 * time.
	 */
	List<WeeklyHours> hours(FormErrors errors) {
		List<WeeklyHours> hours = new ArrayList<>();
		for (int day = 1; day <= 7; day++) {
			LocalTime starts = time("starts-" + day, errors);
			LocalTime ends = time("ends-" + day, errors);
			LocalTime breakStarts = time("breakStarts-" + day, errors);
			LocalTime breakEnds = time("breakEnds-" + day, errors);
			boolean empty = get("starts-" + day).isEmpty() && get("ends-" + day).isEmpty();
			if (empty && (breakStarts != null || breakEnds != null)) {
				errors.reject("starts-" + day, "appointments.hours.incomplete");
			}
			if (!empty) {
				hours.add(new WeeklyHours(DayOfWeek.of(day), starts, ends, breakStarts, breakEnds));
			}
		}
		return errors.hasErrors() ? null : hours;
	}

	/** The slot length, or 0 when it is not a number (refused as a length then). */
	int slotMinutes() {
		try {
			return Integer.parseInt(get("slotMinutes"));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private LocalTime time(String field, FormErrors errors) {
		String value = get(field);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalTime.parse(value.length() == 4 ? "0" + value : value);
		}
		catch (DateTimeParseException ex) {
			errors.reject(field, "appointments.hours.time-format");
			return null;
		}
	}

}
