package org.medkarta.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.medkarta.audit.AuditEvent;
import org.medkarta.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAuditLog implements AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcAuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Writes the row on a connection of its own, outside any transaction of the caller,
	 * so it stays when the caller's work is rolled back. One INSERT needs no transaction
	 * of its own either: without one it costs one round trip to the database instead of
	 * three.
	 */
	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void record(AuditEvent event) {
		this.jdbc
			.sql("INSERT INTO audit_events (id, at, actor_id, actor_role, child_id, subject_snils, section, action, "
					+ "allowed, reason, client_address, request_id) VALUES (:id, :at, :actor, :role, :child, :snils, "
					+ ":section, :action, :allowed, :reason, :address, :request)")
			.param("id", UUID.randomUUID())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("actor", event.actor())
			.param("role", event.actorRole())
			.param("child", event.child())
			.param("snils", event.subjectSnils())
			.param("section", event.section())
			.param("action", event.action())
			.param("allowed", event.allowed())
			.param("reason", event.reason())
			.param("address", event.clientAddress())
			.param("request", event.requestId())
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public List<View> viewsOf(UUID child, int page, int size) {
		return this.jdbc
			.sql("SELECT at, actor_id, actor_role, section, action FROM audit_events WHERE child_id = :child "
					+ "AND allowed ORDER BY at DESC, id LIMIT :limit OFFSET :offset")
			.param("child", child)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> new View(rs.getTimestamp("at").toInstant(), rs.getObject("actor_id", UUID.class),
					rs.getString("actor_role"), rs.getString("section"), rs.getString("action")))
			.list();
	}

}
