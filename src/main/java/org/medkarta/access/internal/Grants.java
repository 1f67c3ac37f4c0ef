package org.medkarta.access.internal;

import org.medkarta.family.ChildId;
import org.medkarta.identity.AccountId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a guardian holds an approved grant for a child: an access request in the state
 * APPROVED.
 */
@Component
class Grants {

	private final JdbcClient jdbc;

	Grants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean active(AccountId guardian, ChildId child) {
		return this.jdbc
			.sql("SELECT count(*) > 0 FROM access_requests WHERE account_id = :account AND child_id = :child "
					+ "AND status = 'APPROVED'")
			.param("account", guardian.value())
			.param("child", child.value())
			.query(Boolean.class)
			.single();
	}

}
