package org.medkarta.appointments;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A doctor's hours on one day of the week, in Moscow time.
 *
 * @param day the day of the week
 * @param starts when the first visit starts
 * @param ends when the last visit ends at the latest
 * @param breakStarts the break, or {@code null} for none
 * @param breakEnds its end
 */
public record WeeklyHours(DayOfWeek day, LocalTime starts, LocalTime ends, LocalTime breakStarts, LocalTime breakEnds) {
}
