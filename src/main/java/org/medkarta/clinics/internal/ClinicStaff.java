package org.medkarta.clinics.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.medkarta.clinics.Clinic;
import org.medkarta.clinics.ClinicId;
import org.medkarta.clinics.Clinics.MemberChangeRefusedException;
import org.medkarta.clinics.StaffRole;
import org.medkarta.core.PhoneNumber;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.medkarta.identity.CurrentAccount;
import org.medkarta.identity.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinic's staff: who works there and in which role, changed by an administrator of the
 * system or by an administrator of that same clinic. A clinic administrator is an account
 * with the role CLINIC_ADMIN that is an ADMIN member of the clinic; for anyone else,
 * another clinic is as good as unknown.
 */
@Service
class ClinicStaff {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Clock clock;

	ClinicStaff(JdbcClient jdbc, Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The clinics the caller administers as an ADMIN member, by short name. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('CLINIC_ADMIN')")
	List<Clinic> administeredByCaller() {
		return this.jdbc
			.sql("SELECT c.id, c.full_name, c.short_name, c.ogrn, c.address, c.phone, c.working_hours FROM clinics c "
					+ "JOIN clinic_members m ON m.clinic_id = c.id WHERE m.account_id = :account AND m.role = 'ADMIN' "
					+ "ORDER BY c.short_name, c.id")
			.param("account", Callers.current().id().value())
			.query((rs, row) -> new Clinic(new ClinicId(rs.getObject("id", UUID.class)), rs.getString("full_name"),
					rs.getString("short_name"), rs.getString("ogrn"), rs.getString("address"), rs.getString("phone"),
					rs.getString("working_hours")))
			.list();
	}

	/** Whether the caller may see and change this clinic's staff. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'CLINIC_ADMIN')")
	boolean mayManage(ClinicId clinic) {
		if (Callers.holds(Role.ADMIN)) {
			return exists(clinic, false);
		}
		return Callers.holds(Role.CLINIC_ADMIN) && isAdminMember(clinic, Callers.current().id());
	}

	/** The members, administrators first, then in the order they joined. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'CLINIC_ADMIN')")
	List<Member> members(ClinicId clinic) {
		if (!mayManage(clinic)) {
			throw new AccessDeniedException("Not an administrator of this clinic");
		}
		AccountId caller = Callers.current().id();
		return this.jdbc
			.sql("SELECT account_id, role, added_at FROM clinic_members WHERE clinic_id = :clinic "
					+ "ORDER BY role, added_at, account_id")
			.param("clinic", clinic.value())
			.query((rs, row) -> member(new AccountId(rs.getObject("account_id", UUID.class)),
					StaffRole.valueOf(rs.getString("role")), rs.getTimestamp("added_at").toInstant(), caller))
			.list();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'CLINIC_ADMIN')")
	void add(ClinicId clinic, AccountId account, StaffRole role) {
		put(clinic, account, role, authorizeChange(clinic));
	}

	/**
	 * Adds the holder of a phone, or changes their role.
	 * @throws MemberChangeRefusedException when no account has the phone, it lacks the
	 * role, or it is the caller's own
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'CLINIC_ADMIN')")
	void addByPhone(ClinicId clinic, PhoneNumber phone, StaffRole role) {
		AccountId caller = authorizeChange(clinic);
		// A clinic administrator is told the same whether the phone has no account or an
		// account without the role, so the form cannot be used to find out who uses
		// the portal.
		AccountId account = this.accounts.findByPhone(phone)
			.orElseThrow(() -> new MemberChangeRefusedException(Callers.holds(Role.ADMIN)
					? "clinics.member.unknown-phone" : "clinics.member.role-missing." + role.name()));
		put(clinic, account, role, caller);
	}

	/**
	 * Takes a member off the staff.
	 * @return false when the account is not a member
	 * @throws MemberChangeRefusedException when it is the caller's own membership
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'CLINIC_ADMIN')")
	boolean remove(ClinicId clinic, AccountId account) {
		AccountId caller = authorizeChange(clinic);
		if (account.equals(caller)) {
			throw new MemberChangeRefusedException("clinics.member.self");
		}
		return this.jdbc.sql("DELETE FROM clinic_members WHERE clinic_id = :clinic AND account_id = :account")
			.param("clinic", clinic.value())
			.param("account", account.value())
			.update() > 0;
	}

	private void put(ClinicId clinic, AccountId account, StaffRole role, AccountId caller) {
		if (account.equals(caller)) {
			throw new MemberChangeRefusedException("clinics.member.self");
		}
		Role needed = (role == StaffRole.ADMIN) ? Role.CLINIC_ADMIN : Role.CLINIC_STAFF;
		if (!this.accounts.rolesOf(account).contains(needed)) {
			throw new MemberChangeRefusedException("clinics.member.role-missing." + role.name());
		}
		this.jdbc
			.sql("INSERT INTO clinic_members (clinic_id, account_id, role, added_at, added_by) "
					+ "VALUES (:clinic, :account, :role, :now, :by) ON CONFLICT (clinic_id, account_id) DO UPDATE "
					+ "SET role = EXCLUDED.role, added_at = EXCLUDED.added_at, added_by = EXCLUDED.added_by "
					+ "WHERE clinic_members.role <> EXCLUDED.role")
			.param("clinic", clinic.value())
			.param("account", account.value())
			.param("role", role.name())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", caller.value())
			.update();
	}

	/**
	 * Checks that the caller may change the clinic's staff, holding the clinic's row so
	 * that changes to one clinic's staff happen one after another (two administrators
	 * cannot remove each other at once).
	 */
	private AccountId authorizeChange(ClinicId clinic) {
		CurrentAccount caller = Callers.current();
		boolean exists = exists(clinic, true);
		if (Callers.holds(Role.ADMIN)) {
			if (!exists) {
				throw new IllegalArgumentException("No clinic " + clinic);
			}
			return caller.id();
		}
		if (exists && Callers.holds(Role.CLINIC_ADMIN) && isAdminMember(clinic, caller.id())) {
			return caller.id();
		}
		throw new AccessDeniedException("Not an administrator of this clinic");
	}

	private boolean exists(ClinicId clinic, boolean lock) {
		return this.jdbc.sql("SELECT id FROM clinics WHERE id = :id" + (lock ? " FOR UPDATE" : ""))
			.param("id", clinic.value())
			.query(UUID.class)
			.optional()
			.isPresent();
	}

	private boolean isAdminMember(ClinicId clinic, AccountId account) {
		return this.jdbc
			.sql("SELECT count(*) > 0 FROM clinic_members WHERE clinic_id = :clinic AND account_id = :account "
					+ "AND role = 'ADMIN'")
			.param("clinic", clinic.value())
			.param("account", account.value())
			.query(Boolean.class)
			.single();
	}

	private Member member(AccountId account, StaffRole role, Instant addedAt, AccountId caller) {
		String phone = this.accounts.contactOf(account).map((contact) -> contact.phone().masked()).orElse("—");
		String name = this.accounts.personalDataOf(account).map((data) -> data.name().full()).orElse(null);
		return new Member(account.value(), phone, name, role, addedAt, account.equals(caller));
	}

	/**
	 * A member as the staff pages show them.
	 *
	 * @param accountId the account, for the remove form
	 * @param phone the phone, masked
	 * @param name the full name when the person entered personal data, else null
	 * @param role the role at the clinic
	 * @param addedAt when they were put in this role
	 * @param self whether this is the reader's own membership
	 */
	record Member(UUID accountId, String phone, String name, StaffRole role, Instant addedAt, boolean self) {
	}

}
