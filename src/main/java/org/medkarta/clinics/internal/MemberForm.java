package org.medkarta.clinics.internal;

import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.StaffRole;
import org.medkarta.core.InvalidValueException;
import org.medkarta.core.PhoneNumber;
import org.medkarta.web.FormErrors;

/**
 * The form «Добавить сотрудника» as posted: the phone of an existing account and the role
 * at the clinic. A page may show this form for several clinics, so its fields are named
 * after the clinic in the errors and in the page.
 *
 * @param phone the account's phone
 * @param role a {@link StaffRole} name
 */
record MemberForm(String phone, String role) {

	static final int PHONE_INPUT_LIMIT = 32;

	static MemberForm empty() {
		return new MemberForm("", StaffRole.STAFF.name());
	}

	static String phoneField(ClinicId clinic) {
		return "phone-" + clinic;
	}

	static String roleField(ClinicId clinic) {
		return "role-" + clinic;
	}

	/** The phone and role, or null when a field is wrong; each error is at its field. */
	Parsed parse(ClinicId clinic, FormErrors errors) {
		PhoneNumber number = null;
		if (this.phone == null || this.phone.isBlank()) {
			errors.reject(phoneField(clinic), "validation.phone.required");
		}
		else {
			try {
				number = PhoneNumber.of(this.phone);
			}
			catch (InvalidValueException ex) {
				errors.reject(phoneField(clinic), ex.messageKey());
			}
		}
		StaffRole chosen = null;
		for (StaffRole candidate : StaffRole.values()) {
			if (candidate.name().equals(this.role)) {
				chosen = candidate;
			}
		}
		if (chosen == null) {
			errors.reject(roleField(clinic), "clinics.member.role.required");
		}
		return errors.hasErrors() ? null : new Parsed(number, chosen);
	}

	MemberForm forDisplay() {
		return new MemberForm(ClinicInput.fit(this.phone, PHONE_INPUT_LIMIT), ClinicInput.fit(this.role, 5));
	}

	/**
	 * What the form asks for.
	 *
	 * @param phone the account's phone
	 * @param role the role at the clinic
	 */
	record Parsed(PhoneNumber phone, StaffRole role) {
	}

}
