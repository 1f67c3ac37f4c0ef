package org.medkarta.records;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.medkarta.core.Snils;
import org.medkarta.family.ChildFacts;
import org.medkarta.vaccination.Schedule;

/**
 * The vaccinations in people's records, as the national calendar reads them: what the
 * reminders of due and overdue vaccinations are computed from.
 */
public interface VaccinationRecords {

	/** The vaccinations given to each of the people, by vaccine name and day. */
	Map<Snils, List<Schedule.Given>> given(Collection<Snils> people);

	/** The person's schedule on the day, as the record's pages show it. */
	List<Schedule.Line> schedule(ChildFacts person, LocalDate today);

}
