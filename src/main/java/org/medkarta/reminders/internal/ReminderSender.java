package org.medkarta.reminders.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.medkarta.appointments.Appointments;
import org.medkarta.family.ChildId;
import org.medkarta.family.CourtRestrictions;
import org.medkarta.family.Guardianships;
import org.medkarta.identity.AccountId;
import org.medkarta.notifications.Notifier;
import org.medkarta.records.VaccinationRecords;
import org.medkarta.vaccination.Schedule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued reminders, one per transaction: the row is locked ({@code FOR UPDATE SKIP
 * LOCKED}), so another node takes the next one, and marked sent in the same transaction
 * as the delivery's claim. A reminder in its reader's quiet hours waits; one whose visit
 * was cancelled or whose vaccination was recorded meanwhile, or whose reader turned
 * reminders off, is dropped.
 */
@Component
class ReminderSender {

	/** At most so many reminders are sent by one run; the next run goes on. */
	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Preferences preferences;

	private final Notifier notifier;

	private final Appointments appointments;

	private final VaccinationRecords vaccinations;

	private final Guardianships guardianships;

	private final CourtRestrictions restrictions;

	private final Clock clock;

	ReminderSender(JdbcClient jdbc, TransactionTemplate transactions, Preferences preferences, Notifier notifier,
			Appointments appointments, VaccinationRecords vaccinations, Guardianships guardianships,
			CourtRestrictions restrictions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.preferences = preferences;
		this.notifier = notifier;
		this.appointments = appointments;
		this.vaccinations = vaccinations;
		this.guardianships = guardianships;
		this.restrictions = restrictions;
		this.clock = clock;
	}

	private record Queued(UUID id, AccountId account, String key, String kind, UUID child, UUID booking,
			Instant startsAt, List<String> arguments, String link) {
	}

	/** Sends what can be sent now. @return how many went out */
	int send() {
		int sent = 0;
		// Reminders left for the reader's quiet hours; the nil id keeps the list
		// non-empty.
		java.util.Set<UUID> waiting = new java.util.HashSet<>(Set.of(new UUID(0, 0)));
		for (int i = 0; i < BATCH; i++) {
			Boolean outcome = this.transactions.execute((status) -> sendOne(waiting));
			if (outcome == null) {
				break;
			}
			if (outcome) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * One reminder: true when sent, false when it waits or was dropped, null when nothing
	 * is left to look at.
	 */
	private Boolean sendOne(Set<UUID> waiting) {
		Instant now = this.clock.instant();
		Queued queued = this.jdbc
			.sql("SELECT * FROM reminders WHERE status = 'QUEUED' AND id NOT IN (:waiting) "
					+ "ORDER BY queued_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
			.param("waiting", waiting)
			.query((rs, row) -> new Queued(rs.getObject("id", UUID.class),
					new AccountId(rs.getObject("account_id", UUID.class)), rs.getString("reminder_key"),
					rs.getString("kind"), rs.getObject("child_id", UUID.class), rs.getObject("booking_id", UUID.class),
					(rs.getTimestamp("starts_at") != null) ? rs.getTimestamp("starts_at").toInstant() : null,
					Arrays.asList(rs.getString("arguments").split(ReminderQueue.SEPARATOR, -1)), rs.getString("link")))
			.optional()
			.orElse(null);
		if (queued == null) {
			return null;
		}
		Preferences.Prefs prefs = this.preferences.of(queued.account());
		String drop = why(queued, prefs, now);
		if (drop != null) {
			close(queued, "DROPPED", drop, null, now);
			return false;
		}
		if (prefs.quietAt(now)) {
			waiting.add(queued.id());
			return false;
		}
		String kind = queued.kind().toLowerCase(java.util.Locale.ROOT);
		Set<Notifier.Channel> channels = this.notifier
			.send(queued.account(),
					new Notifier.Notice("reminders." + kind + ".title", "reminders." + kind + ".body",
							queued.arguments(), queued.link(), "reminder:" + queued.key()),
					prefs.channels(queued.kind()));
		close(queued, "SENT", null, channels.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), now);
		return true;
	}

	/** Why the reminder is no longer to be sent, or null. */
	private String why(Queued queued, Preferences.Prefs prefs, Instant now) {
		if (!prefs.enabled() || prefs.channels(queued.kind()).isEmpty()) {
			return "OFF";
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ReminderQueue.MOSCOW));
		if (this.restrictions.isRestricted(queued.account(), new ChildId(queued.child()), today)) {
			return "RESTRICTED";
		}
		if ("VISIT".equals(queued.kind())) {
			if (!queued.startsAt().isAfter(now)) {
				return "PAST";
			}
			return this.appointments.isBooked(queued.booking()) ? null : "CANCELLED";
		}
		boolean stillDue = this.guardianships.child(new ChildId(queued.child()))
			.map((child) -> this.vaccinations.schedule(child, today)
				.stream()
				.filter((line) -> line.state() == Schedule.State.DUE || line.state() == Schedule.State.OVERDUE)
				.anyMatch((line) -> queued.key()
					.endsWith(":" + line.dose().disease().name() + ":" + line.dose().label() + ":" + line.dueOn())))
			.orElse(false);
		return stillDue ? null : "GIVEN";
	}

	private void close(Queued queued, String status, String note, String channels, Instant now) {
		this.jdbc
			.sql("UPDATE reminders SET status = :status, note = :note, channels = :channels, done_at = :now "
					+ "WHERE id = :id")
			.param("status", status)
			.param("note", note)
			.param("channels", channels)
			.param("now", Timestamp.from(now))
			.param("id", queued.id())
			.update();
	}

}
