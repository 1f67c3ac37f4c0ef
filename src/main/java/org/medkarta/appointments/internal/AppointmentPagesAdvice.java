package org.medkarta.appointments.internal;

import java.time.ZoneId;
import java.util.List;

import org.medkarta.appointments.Specialty;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every appointments page needs: visit times are shown in Moscow time. */
@ControllerAdvice(assignableTypes = { BookingController.class, ClinicDayController.class, SchedulesController.class })
class AppointmentPagesAdvice {

	@ModelAttribute("moscow")
	ZoneId moscow() {
		return Schedules.MOSCOW;
	}

	@ModelAttribute("specialties")
	Specialty[] specialties() {
		return Specialty.values();
	}

	@ModelAttribute("hourFields")
	List<String> hourFields() {
		return List.of(HoursForm.FIELDS);
	}

}
