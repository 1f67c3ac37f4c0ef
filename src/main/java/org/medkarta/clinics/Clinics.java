package org.medkarta.clinics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.medkarta.core.Ogrn;
import org.medkarta.core.Snils;
import org.medkarta.identity.AccountId;

/**
 * What other modules may ask of clinics, and how clinics, staff and attachments are
 * entered (by an administrator, the demo data, and later the import API).
 */
public interface Clinics {

	Optional<Clinic> find(ClinicId id);

	/** The clinic a child is attached to today; empty when none. */
	Optional<Clinic> clinicOf(Snils child);

	/**
	 * The clinics the children are attached to today, by SNILS; children attached to none
	 * are left out. One query for many children, as the reminder job reads them.
	 */
	java.util.Map<Snils, Clinic> clinicsOfChildren(java.util.Collection<Snils> children);

	/** The clinics where the account is a member of staff. */
	Set<ClinicId> clinicsOf(AccountId member);

	/**
	 * The members of a clinic's staff with the role ADMIN, who are told of overdue work.
	 */
	List<AccountId> administratorsOf(ClinicId clinic);

	/**
	 * Registers a clinic (administrators only).
	 * @throws ClinicExistsException when a clinic with this OGRN exists
	 */
	ClinicId register(NewClinic clinic);

	/**
	 * Makes an account a member of a clinic's staff, or changes its role there
	 * (administrators, and the clinic's own administrators). The account must hold the
	 * role the membership calls for: CLINIC_STAFF for STAFF, CLINIC_ADMIN for ADMIN.
	 * @throws MemberChangeRefusedException when the account lacks that role, or is the
	 * caller's own
	 * @throws org.springframework.security.access.AccessDeniedException when the caller
	 * administers neither the system nor this clinic
	 */
	void addMember(ClinicId clinic, AccountId account, StaffRole role);

	/**
	 * Takes an account off a clinic's staff (the same callers as {@link #addMember});
	 * nothing changes when it is not a member. Nobody removes themselves, so a clinic
	 * does not lose its administrator by a slip.
	 * @throws MemberChangeRefusedException when it is the caller's own membership
	 */
	void removeMember(ClinicId clinic, AccountId account);

	/**
	 * Attaches a child to a clinic from a day on (administrators only); a child is
	 * attached to one clinic at a time, so this replaces an earlier attachment, even one
	 * that has begun when the new one starts later.
	 */
	void attach(Snils child, ClinicId clinic, LocalDate since);

	/**
	 * A clinic as an administrator enters it. Every text is required and fits its column.
	 *
	 * @param fullName the full name
	 * @param shortName the short name
	 * @param ogrn the OGRN
	 * @param address the address
	 * @param phone the phone, as written
	 * @param workingHours the opening hours, as written
	 */
	record NewClinic(String fullName, String shortName, Ogrn ogrn, String address, String phone, String workingHours) {

		public static final int FULL_NAME_LIMIT = 300;

		public static final int SHORT_NAME_LIMIT = 120;

		public static final int ADDRESS_LIMIT = 300;

		public static final int PHONE_LIMIT = 40;

		public static final int WORKING_HOURS_LIMIT = 200;

		public NewClinic {
			if (ogrn == null) {
				throw new IllegalArgumentException("A clinic needs an OGRN");
			}
			fullName = fitted(fullName, FULL_NAME_LIMIT, "full name");
			shortName = fitted(shortName, SHORT_NAME_LIMIT, "short name");
			address = fitted(address, ADDRESS_LIMIT, "address");
			phone = fitted(phone, PHONE_LIMIT, "phone");
			workingHours = fitted(workingHours, WORKING_HOURS_LIMIT, "working hours");
		}

		private static String fitted(String text, int limit, String what) {
			if (text == null || text.isBlank() || text.strip().length() > limit) {
				throw new IllegalArgumentException(
						"A clinic's " + what + " is required, at most " + limit + " characters");
			}
			return text.strip();
		}

	}

	/**
	 * A change of staff that the rules refuse; the message key says why, in words a form
	 * can show.
	 */
	class MemberChangeRefusedException extends RuntimeException {

		private final String messageKey;

		public MemberChangeRefusedException(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

	/** A clinic with this OGRN is already registered. */
	class ClinicExistsException extends RuntimeException {

		public ClinicExistsException() {
			super("A clinic with this OGRN is already registered");
		}

	}

}
