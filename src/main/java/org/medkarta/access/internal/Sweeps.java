package org.medkarta.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.medkarta.access.NoticeKind;
import org.medkarta.clinics.Clinics;
import org.medkarta.family.CourtRestrictions;
import org.medkarta.family.Guardianships;
import org.medkarta.identity.AccountId;
import org.medkarta.identity.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadlines and the ends of grants, checked on a schedule. Each step claims its rows
 * with one {@code UPDATE … RETURNING}: when several nodes run it at once, PostgreSQL's
 * row locks let exactly one of them claim each row, so every overdue request is reported
 * once and every notice is sent once.
 */
@Component
class Sweeps {

	private static final Logger log = LoggerFactory.getLogger(Sweeps.class);

	private final JdbcClient jdbc;

	private final RequestService requests;

	private final Clinics clinics;

	private final Guardianships guardianships;

	private final Accounts accounts;

	private final CourtRestrictions restrictions;

	private final AccessSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Sweeps(JdbcClient jdbc, RequestService requests, Clinics clinics, Guardianships guardianships, Accounts accounts,
			CourtRestrictions restrictions, AccessSettings settings, TransactionTemplate transactions, Clock clock) {
		this.restrictions = restrictions;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.requests = requests;
		this.clinics = clinics;
		this.guardianships = guardianships;
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${medkarta.access.sweep-interval:PT5M}",
			initialDelayString = "${medkarta.access.sweep-interval:PT5M}")
	void run() {
		int restricted = step("restrictions", this::enforceRestrictions);
		int overdue = step("overdue", this::reportOverdue);
		int notices = step("expiry notices", this::noticeExpiring);
		int expired = step("expiry", this::expire);
		if (restricted + overdue + notices + expired > 0) {
			log.info("Access sweep: {} ended by court restrictions, {} overdue reported, {} expiry notices, "
					+ "{} ended by age", restricted, overdue, notices, expired);
		}
	}

	/**
	 * One step; a failing step is logged and runs again next time, the others still run.
	 */
	private static int step(String name, java.util.function.IntSupplier step) {
		try {
			return step.getAsInt();
		}
		catch (RuntimeException ex) {
			log.warn("Access sweep step '{}' failed; it runs again next time", name, ex);
			return 0;
		}
	}

	/**
	 * Court restrictions recorded ahead of their first day: the policy refuses from that
	 * day on its own; this brings the guardian's open request or grant to its end and
	 * tells them, as recording a restriction in force does at once. It also catches a
	 * restriction whose listener lost a race with a clinic's decision.
	 */
	int enforceRestrictions() {
		LocalDate today = today();
		int ended = 0;
		for (CourtRestrictions.Restricted restricted : this.restrictions.inForce(today)) {
			java.util.Optional<String> reason = this.restrictions.activeReason(restricted.guardian(),
					restricted.child(), today);
			if (reason.isPresent() && this.requests.open(restricted.guardian(), restricted.child()).isPresent()) {
				this.requests.restrict(restricted.guardian(), restricted.child(), reason.get());
				ended++;
			}
		}
		return ended;
	}

	/** Flags requests past their due date and tells the clinic's administrators, once. */
	int reportOverdue() {
		return this.transactions.execute((status) -> {
			List<AccessRequest> claimed = this.jdbc
				.sql("UPDATE access_requests SET overdue_reported_at = :now WHERE status IN ('SUBMITTED', 'IN_REVIEW') "
						+ "AND due_on < :today AND overdue_reported_at IS NULL RETURNING *")
				.param("now", Timestamp.from(this.clock.instant()))
				.param("today", today())
				.query((rs, row) -> AccessRequest.of(rs))
				.list();
			for (AccessRequest request : claimed) {
				List<AccountId> admins = this.clinics.administratorsOf(request.clinic());
				if (admins.isEmpty()) {
					this.jdbc.sql("UPDATE access_requests SET overdue_reported_at = NULL WHERE id = :id")
						.param("id", request.id())
						.update();
				}
				for (AccountId admin : admins) {
					this.requests.notice(request, admin, NoticeKind.OVERDUE, "/clinic/requests/" + request.id(),
							format(request.dueOn()));
				}
			}
			return claimed.size();
		});
	}

	/** Tells parent and child, once, that a grant ends within the notice period. */
	int noticeExpiring() {
		return this.transactions.execute((status) -> {
			LocalDate today = today();
			List<AccessRequest> claimed = this.jdbc
				.sql("UPDATE access_requests SET expiry_notice_at = :now WHERE status = 'APPROVED' "
						+ "AND ends_on <= :horizon AND ends_on > :today AND expiry_notice_at IS NULL RETURNING *")
				.param("now", Timestamp.from(this.clock.instant()))
				.param("horizon", today.plusDays(this.settings.expiryNoticeDays()))
				.param("today", today)
				.query((rs, row) -> AccessRequest.of(rs))
				.list();
			for (AccessRequest request : claimed) {
				String ends = format(request.endsOn());
				this.requests.notice(request, request.parent(), NoticeKind.EXPIRING, RequestService.parentLink(request),
						ends);
				this.guardianships.child(request.child())
					.flatMap((child) -> this.accounts.findByVerifiedSnils(child.snils()))
					.ifPresent((child) -> this.requests.notice(request, child, NoticeKind.EXPIRING_FOR_CHILD,
							"/services/records", ends));
			}
			return claimed.size();
		});
	}

	/** Ends the grants whose day has come. */
	int expire() {
		return this.transactions.execute((status) -> {
			List<UUID> due = this.jdbc
				.sql("SELECT id FROM access_requests WHERE status IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', "
						+ "'APPROVED') AND ends_on <= :today ORDER BY ends_on LIMIT 1000 FOR UPDATE SKIP LOCKED")
				.param("today", today())
				.query(UUID.class)
				.list();
			int ended = 0;
			for (UUID id : due) {
				AccessRequest request = this.requests.find(id).orElseThrow();
				if (this.requests.expire(request) == RequestService.Outcome.DONE) {
					ended++;
				}
			}
			return ended;
		});
	}

	private LocalDate today() {
		return this.requests.today();
	}

	private static String format(LocalDate day) {
		return String.format("%02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
	}

}
