package org.medkarta.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where messages go when no SMTP server or SMS gateway is configured: a table that
 * {@code /dev/outbox} shows. Never used in production.
 */
@Component
class DevOutbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	DevOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void record(String channel, String recipient, String subject, String body) {
		this.jdbc
			.sql("INSERT INTO dev_outbox (id, channel, recipient, subject, body, created_at) "
					+ "VALUES (:id, :channel, :recipient, :subject, :body, :now)")
			.param("id", UUID.randomUUID())
			.param("channel", channel)
			.param("recipient", recipient)
			.param("subject", subject)
			.param("body", body)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	@Transactional(readOnly = true)
	List<OutboxMessage> latest(int limit) {
		return this.jdbc
			.sql("SELECT channel, recipient, subject, body, created_at FROM dev_outbox "
					+ "ORDER BY seq DESC LIMIT :limit")
			.param("limit", limit)
			.query((rs, row) -> new OutboxMessage(rs.getString("channel"), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("body"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * One message as it would have been sent.
	 *
	 * @param channel SMS or EMAIL
	 * @param recipient the phone or address
	 * @param subject the e-mail subject, or {@code null} for an SMS
	 * @param text the text
	 * @param time when it was sent
	 */
	record OutboxMessage(String channel, String recipient, String subject, String text, Instant time) {
	}

}
