package org.medkarta.clinics.internal;

import org.medkarta.clinics.Clinics.NewClinic;
import org.medkarta.core.InvalidValueException;
import org.medkarta.core.Ogrn;
import org.medkarta.web.FormErrors;

/**
 * The form «Новая медицинская организация» as posted.
 *
 * @param fullName the full name
 * @param shortName the short name
 * @param ogrn the OGRN, 13 digits, spaces allowed
 * @param address the address
 * @param phone the registry's phone, as written
 * @param workingHours the opening hours, as written
 */
record ClinicForm(String fullName, String shortName, String ogrn, String address, String phone, String workingHours) {

	/** An OGRN may be typed with spaces between its groups of digits. */
	static final int OGRN_INPUT_LIMIT = 30;

	static ClinicForm empty() {
		return new ClinicForm("", "", "", "", "", "");
	}

	/** The clinic, or null when a field is wrong; each error is at its field. */
	NewClinic parse(FormErrors errors) {
		String full = ClinicInput.text(this.fullName, "fullName", NewClinic.FULL_NAME_LIMIT,
				"clinics.field.fullName.required", errors);
		String shortened = ClinicInput.text(this.shortName, "shortName", NewClinic.SHORT_NAME_LIMIT,
				"clinics.field.shortName.required", errors);
		Ogrn number = ogrn(errors);
		String where = ClinicInput.text(this.address, "address", NewClinic.ADDRESS_LIMIT,
				"clinics.field.address.required", errors);
		String registry = ClinicInput.text(this.phone, "phone", NewClinic.PHONE_LIMIT, "clinics.field.phone.required",
				errors);
		String hours = ClinicInput.text(this.workingHours, "workingHours", NewClinic.WORKING_HOURS_LIMIT,
				"clinics.field.workingHours.required", errors);
		if (errors.hasErrors()) {
			return null;
		}
		return new NewClinic(full, shortened, number, where, registry, hours);
	}

	private Ogrn ogrn(FormErrors errors) {
		if (this.ogrn == null || this.ogrn.isBlank()) {
			errors.reject("ogrn", "clinics.field.ogrn.required");
			return null;
		}
		try {
			return Ogrn.of(this.ogrn.strip());
		}
		catch (InvalidValueException ex) {
			errors.reject("ogrn", ex.messageKey());
			return null;
		}
	}

	ClinicForm forDisplay() {
		return new ClinicForm(ClinicInput.fit(this.fullName, NewClinic.FULL_NAME_LIMIT),
				ClinicInput.fit(this.shortName, NewClinic.SHORT_NAME_LIMIT),
				ClinicInput.fit(this.ogrn, OGRN_INPUT_LIMIT), ClinicInput.fit(this.address, NewClinic.ADDRESS_LIMIT),
				ClinicInput.fit(this.phone, NewClinic.PHONE_LIMIT),
				ClinicInput.fit(this.workingHours, NewClinic.WORKING_HOURS_LIMIT));
	}

}
