package org.medkarta.audit;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medkarta.support.MedkartaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An audit row is written on its own: a caller whose work is rolled back after the row
 * was written still leaves the row.
 */
@MedkartaTest
class AuditLogTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theRowStaysWhenTheCallersTransactionIsRolledBack() {
		UUID child = UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("SELECT 1").query(Integer.class).single();
			this.audit.record(new AuditEvent(UUID.randomUUID(), "GUARDIAN", child, null, "OVERVIEW", "VIEW", false,
					"NO_GRANT", "127.0.0.1", "test-request"));
			status.setRollbackOnly();
		});
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM audit_events WHERE child_id = :c AND request_id = 'test-request'")
					.param("c", child)
					.query(Long.class)
					.single())
			.isEqualTo(1);
	}

}
