package org.medkarta.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The Russian production calendar: which days are working days, for deadlines counted in
 * working days (DOMAIN.md §4).
 * <p>
 * Saturdays, Sundays and the holidays of Labour Code art. 112 (1–8 January, 23 February,
 * 8 March, 1 and 9 May, 12 June, 4 November) are days off. Each year's government decree
 * moves some of them; a file {@code calendar/ru-YYYY.txt} per year lists the days that
 * differ ({@code off} or {@code work}) and cites its decree. For a year without a file,
 * the rule of art. 112 part 2 applies: a holiday on a weekend, other than in January,
 * moves to the next working day.
 */
public final class WorkingDayCalendar {

	private static final Set<MonthDay> HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(1, 3),
			MonthDay.of(1, 4), MonthDay.of(1, 5), MonthDay.of(1, 6), MonthDay.of(1, 7), MonthDay.of(1, 8),
			MonthDay.of(2, 23), MonthDay.of(3, 8), MonthDay.of(5, 1), MonthDay.of(5, 9), MonthDay.of(6, 12),
			MonthDay.of(11, 4));

	private final Map<Integer, Year> years = new HashMap<>();

	/** The calendar with the per-year files shipped in the application. */
	public static WorkingDayCalendar russian() {
		return new WorkingDayCalendar();
	}

	public boolean isWorkingDay(LocalDate day) {
		Year year = year(day.getYear());
		if (year.work().contains(day)) {
			return true;
		}
		if (year.off().contains(day)) {
			return false;
		}
		return !isWeekend(day) && !HOLIDAYS.contains(MonthDay.from(day));
	}

	/**
	 * The day that many working days after {@code start}: a request submitted on a Friday
	 * with 3 working days is due on the following Wednesday, all else being equal.
	 */
	public LocalDate addWorkingDays(LocalDate start, int workingDays) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("Working days are counted forwards");
		}
		LocalDate day = start;
		int left = workingDays;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/**
	 * Whether the shipped files cover this year; otherwise only the Labour Code's rules
	 * apply.
	 */
	public boolean hasDecreeFor(int year) {
		return year(year).fromDecree();
	}

	private synchronized Year year(int year) {
		return this.years.computeIfAbsent(year, WorkingDayCalendar::load);
	}

	private static Year load(int year) {
		InputStream in = WorkingDayCalendar.class.getResourceAsStream("/calendar/ru-" + year + ".txt");
		if (in == null) {
			return byLabourCode(year);
		}
		Set<LocalDate> off = new HashSet<>();
		Set<LocalDate> work = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String entry = line.strip();
				if (entry.isEmpty() || entry.startsWith("#")) {
					continue;
				}
				String[] parts = entry.split("\\s+");
				LocalDate day = LocalDate.parse(parts[1]);
				if (day.getYear() != year || !(parts[0].equals("off") || parts[0].equals("work"))) {
					throw new IllegalStateException("Bad line in calendar/ru-" + year + ".txt: " + line);
				}
				(parts[0].equals("off") ? off : work).add(day);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Year(off, work, true);
	}

	/**
	 * Art. 112 part 2: a holiday on a weekend, outside January, moves to the next working
	 * day.
	 */
	private static Year byLabourCode(int year) {
		Set<LocalDate> off = new HashSet<>();
		for (MonthDay holiday : HOLIDAYS) {
			LocalDate day = holiday.atYear(year);
			if (day.getMonthValue() != 1 && isWeekend(day)) {
				LocalDate next = day.plusDays(1);
				while (isWeekend(next) || HOLIDAYS.contains(MonthDay.from(next)) || off.contains(next)) {
					next = next.plusDays(1);
				}
				off.add(next);
			}
		}
		return new Year(off, Set.of(), false);
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private record Year(Set<LocalDate> off, Set<LocalDate> work, boolean fromDecree) {
	}

}
