package org.medkarta.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.medkarta.clinics.ClinicId;
import org.medkarta.family.ChildId;
import org.medkarta.identity.AccountId;

/**
 * One access request as stored, from submission to the end of its grant.
 */
record AccessRequest(UUID id, AccountId parent, ChildId child, ClinicId clinic, RequestStatus status,
		Instant submittedAt, LocalDate dueOn, String infoRequest, boolean consentAsked, String consentStatus,
		Instant decidedAt, String reason, LocalDate endsOn, Instant endedAt, String endReason, long version) {

	static AccessRequest of(ResultSet rs) throws SQLException {
		return new AccessRequest(rs.getObject("id", UUID.class), new AccountId(rs.getObject("account_id", UUID.class)),
				new ChildId(rs.getObject("child_id", UUID.class)), new ClinicId(rs.getObject("clinic_id", UUID.class)),
				RequestStatus.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant(),
				rs.getDate("due_on").toLocalDate(), rs.getString("info_request"), rs.getBoolean("consent_asked"),
				rs.getString("consent_status"), instant(rs, "decided_at"), rs.getString("reason"),
				(rs.getDate("ends_on") != null) ? rs.getDate("ends_on").toLocalDate() : null, instant(rs, "ended_at"),
				rs.getString("end_reason"), rs.getLong("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return (rs.getTimestamp(column) != null) ? rs.getTimestamp(column).toInstant() : null;
	}

	/**
	 * Whether the clinic asked for the second parent's consent and nobody answered yet.
	 */
	public boolean awaitingConsent() {
		return this.consentAsked && this.consentStatus == null && this.status.undecided();
	}

	public boolean undecided() {
		return this.status.undecided();
	}

	/** The state's name, for the pages. */
	public String state() {
		return this.status.name();
	}

	/** The request is past its due date and the clinic has not decided. */
	public boolean overdueOn(LocalDate today) {
		return (this.status == RequestStatus.SUBMITTED || this.status == RequestStatus.IN_REVIEW)
				&& today.isAfter(this.dueOn);
	}

}
