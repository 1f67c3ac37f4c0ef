package org.medkarta.clinics.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.medkarta.documents.Audience;
import org.medkarta.documents.AudienceDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A member of a clinic's staff may download the documents shared with that clinic.
 */
@Component
class ClinicAudiences implements AudienceDirectory {

	private final JdbcClient jdbc;

	ClinicAudiences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<Audience> audiencesOf(UUID account) {
		Set<Audience> audiences = new HashSet<>();
		this.jdbc.sql("SELECT clinic_id FROM clinic_members WHERE account_id = :account")
			.param("account", account)
			.query(UUID.class)
			.list()
			.forEach((clinic) -> audiences.add(Audience.clinic(clinic)));
		return audiences;
	}

}
