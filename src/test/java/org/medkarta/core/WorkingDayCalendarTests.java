package org.medkarta.core;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTests {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.russian();

	@Test
	void threeWorkingDaysAcrossNewYear() {
		// 31 Dec 2025 and 1–11 Jan 2026 are days off (decree of 24.09.2025: 4 Jan → 31
		// Dec, 3 Jan → 9 Jan).
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2025, 12, 30), 3)).isEqualTo(LocalDate.of(2026, 1, 14));
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 12, 31))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 1, 9))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 1, 12))).isTrue();
	}

	@Test
	void eighthOfMarchOnASundayMovesToMonday() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 3, 9))).isFalse();
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 3, 6), 3)).isEqualTo(LocalDate.of(2026, 3, 12));
	}

	@Test
	void mayHolidaysOf2025() {
		// 1–4 May and 8–11 May are off (decree No. 1335: 4 Jan → 2 May, 23 Feb → 8 May).
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2025, 4, 30), 3)).isEqualTo(LocalDate.of(2025, 5, 7));
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2025, 5, 7), 1)).isEqualTo(LocalDate.of(2025, 5, 12));
	}

	@Test
	void aDecreeCanMakeASaturdayAWorkingDayAndKeepAMondayWorking() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 11, 1))).isTrue();
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2025, 10, 31), 1)).isEqualTo(LocalDate.of(2025, 11, 1));
		// 23 Feb 2025 was a Sunday, but the decree moved that day off to 8 May: 24 Feb
		// was worked.
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 2, 24))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 3, 10))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 6, 13))).isFalse();
	}

	@Test
	void aYearWithoutADecreeFollowsTheLabourCode() {
		assertThat(this.calendar.hasDecreeFor(2030)).isFalse();
		// 2030: 8 March is a Friday (off), 9 May a Thursday (off), 12 June a Wednesday
		// (off).
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2030, 3, 8))).isFalse();
		// 2031: 8 March is a Saturday → Monday 10 March off; 9 May a Friday.
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2031, 3, 10))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2031, 3, 11))).isTrue();
		// January holidays on a weekend do not move by themselves.
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2031, 1, 9))).isTrue();
	}

	@Test
	void shippedYearsAreKnown() {
		assertThat(this.calendar.hasDecreeFor(2025)).isTrue();
		assertThat(this.calendar.hasDecreeFor(2026)).isTrue();
	}

	@Test
	void zeroDaysIsTheSameDayAndNegativeIsRefused() {
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 4, 1), 0)).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThatThrownBy(() -> this.calendar.addWorkingDays(LocalDate.of(2026, 4, 1), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
