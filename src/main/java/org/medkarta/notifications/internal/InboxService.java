package org.medkarta.notifications.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.medkarta.notifications.Inbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class InboxService implements Inbox {

	static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	private final Clock clock;

	InboxService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void post(UUID account, InboxMessage message) {
		this.jdbc.sql(
				"INSERT INTO inbox_messages (id, account_id, title_key, body_key, arguments, link, created_at, dedup_key) "
						+ "VALUES (:id, :account, :title, :body, :arguments, :link, :now, :dedup) "
						+ "ON CONFLICT ON CONSTRAINT inbox_messages_dedup DO NOTHING")
			.param("id", UUID.randomUUID())
			.param("account", account)
			.param("title", message.titleKey())
			.param("body", message.bodyKey())
			.param("arguments", message.arguments().toArray(String[]::new))
			.param("link", message.link())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("dedup", message.dedupKey())
			.update();
	}

	/** One statement, so no transaction of its own: every page's header asks. */
	@Override
	public long unreadCount(UUID account) {
		return this.jdbc.sql("SELECT count(*) FROM inbox_messages WHERE account_id = :account AND read_at IS NULL")
			.param("account", account)
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	List<Entry> page(UUID account, int page) {
		return this.jdbc
			.sql("SELECT id, title_key, body_key, arguments, link, created_at, read_at FROM inbox_messages "
					+ "WHERE account_id = :account ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
			.param("account", account)
			.param("limit", PAGE_SIZE + 1)
			.param("offset", Math.max(0, page) * PAGE_SIZE)
			.query((rs, row) -> new Entry(rs.getObject("id", UUID.class), rs.getString("title_key"),
					rs.getString("body_key"), strings(rs.getArray("arguments")), rs.getString("link"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null))
			.list();
	}

	/** Marks one message read; someone else's message id changes nothing. */
	@Transactional
	boolean markRead(UUID account, UUID message) {
		return this.jdbc.sql(
				"UPDATE inbox_messages SET read_at = :now WHERE id = :id AND account_id = :account AND read_at IS NULL")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", message)
			.param("account", account)
			.update() > 0;
	}

	@Transactional
	void markAllRead(UUID account) {
		this.jdbc.sql("UPDATE inbox_messages SET read_at = :now WHERE account_id = :account AND read_at IS NULL")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("account", account)
			.update();
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	record Entry(UUID id, String titleKey, String bodyKey, List<String> arguments, String link, Instant createdAt,
			boolean read) {

		public Object[] args() {
			return this.arguments.toArray();
		}

	}

}
