package org.medkarta.appointments;

import java.util.List;
import java.util.UUID;

import org.medkarta.clinics.ClinicId;

/** A clinic's doctors, as its administrator sets them up; their slots follow. */
public interface Doctors {

	/**
	 * Adds a doctor and makes their slots for the clinic's booking horizon.
	 * @param slotMinutes how long one visit lasts, 5 to 120 minutes
	 * @param hours one entry per working day of the week
	 * @return the doctor's id
	 * @throws org.medkarta.core.Refused with a message key when the name, length or hours
	 * are not valid; nothing is stored then
	 */
	UUID add(ClinicId clinic, String name, Specialty specialty, int slotMinutes, List<WeeklyHours> hours);

}
