package org.medkarta.clinics;

/**
 * A medical organisation as people see it.
 *
 * @param id the clinic
 * @param fullName the full name
 * @param shortName the short name shown in lists
 * @param ogrn its OGRN
 * @param address the address
 * @param phone the registry's phone, as written
 * @param workingHours the opening hours, as written
 */
public record Clinic(ClinicId id, String fullName, String shortName, String ogrn, String address, String phone,
		String workingHours) {
}
