package org.medkarta.clinics.internal;

import java.util.List;
import java.util.UUID;

import org.medkarta.clinics.Clinic;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics.MemberChangeRefusedException;
import org.medkarta.identity.AccountId;
import org.medkarta.web.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff forms as both the administrator's and the clinic administrator's pages handle
 * them: add by phone, remove, and the block of one clinic's staff to show.
 */
@Component
class MemberChanges {

	private final ClinicStaff staff;

	MemberChanges(ClinicStaff staff) {
		this.staff = staff;
	}

	/** Applies the add form; the errors are empty when the member was added. */
	FormErrors add(ClinicId clinic, MemberForm form) {
		FormErrors errors = new FormErrors();
		MemberForm.Parsed parsed = form.parse(clinic, errors);
		if (parsed != null) {
			try {
				this.staff.addByPhone(clinic, parsed.phone(), parsed.role());
			}
			catch (MemberChangeRefusedException ex) {
				errors.reject(MemberForm.phoneField(clinic), ex.messageKey());
			}
		}
		return errors;
	}

	/**
	 * Removes a member; the errors are empty when they were removed.
	 * @throws ResponseStatusException 404 when the account is not a member
	 */
	FormErrors remove(ClinicId clinic, UUID account) {
		FormErrors errors = new FormErrors();
		try {
			if (!this.staff.remove(clinic, new AccountId(account))) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		catch (MemberChangeRefusedException ex) {
			errors.rejectForm(ex.messageKey());
		}
		return errors;
	}

	/** The block of one clinic: its staff, and the add form with its errors if any. */
	StaffBlock block(Clinic clinic, MemberForm form, FormErrors errors) {
		return new StaffBlock(clinic, this.staff.members(clinic.id()), form, errors);
	}

	/**
	 * One clinic's staff as a page shows it.
	 *
	 * @param clinic the clinic
	 * @param members its staff
	 * @param form the add form as typed
	 * @param errors the errors of this clinic's forms, or null
	 */
	record StaffBlock(Clinic clinic, List<ClinicStaff.Member> members, MemberForm form, FormErrors errors) {

		public String phoneField() {
			return MemberForm.phoneField(this.clinic.id());
		}

		public String roleField() {
			return MemberForm.roleField(this.clinic.id());
		}

	}

}
