package org.medkarta.access.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medkarta.clinics.Clinics;
import org.medkarta.family.Guardianships;
import org.medkarta.identity.Accounts;
import org.medkarta.support.AccessWorld;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines and the ends of grants: overdue requests reported once even by two nodes at
 * once, the 30-day notice once, and the grant ended on the 18th birthday.
 */
@MedkartaTest
class SweepsTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Sweeps sweeps;

	AccessWorld world;

	AccessWorld.Desk clinic;

	java.time.Instant started;

	@BeforeEach
	void setUp() {
		this.started = this.clock.instant();
		this.world = new AccessWorld(this.port, this.context);
		this.clinic = this.world.clinic("Поликлиника сроков " + UUID.randomUUID().toString().substring(0, 4));
	}

	@org.junit.jupiter.api.AfterEach
	void putTheClockBack() {
		this.clock.reset(this.started);
	}

	private UUID request(AccessWorld.Parent parent) {
		parent.web().open("/services/records");
		String location = parent.web().post("/records/children/" + parent.child() + "/request", Map.of()).location();
		return UUID.fromString(location.substring("/records/requests/".length()));
	}

	private long inboxOf(org.medkarta.identity.AccountId account, String titleKey) {
		return this.jdbc.sql("SELECT count(*) FROM inbox_messages WHERE account_id = :a AND title_key = :k")
			.param("a", account.value())
			.param("k", titleKey)
			.query(Long.class)
			.single();
	}

	/**
	 * Whether the request's expiry notice is claimed. Sweeps count every request of the
	 * shared test database, so the tests look at their own rows.
	 */
	private boolean noticeSent(UUID request) {
		return this.jdbc.sql("SELECT expiry_notice_at IS NOT NULL FROM access_requests WHERE id = :id")
			.param("id", request)
			.query(Boolean.class)
			.single();
	}

	/** A second node: its own sweeps over the same database. */
	private Sweeps anotherNode() {
		return new Sweeps(this.jdbc, this.context.getBean(RequestService.class), this.context.getBean(Clinics.class),
				this.context.getBean(Guardianships.class), this.context.getBean(Accounts.class),
				this.context.getBean(org.medkarta.family.CourtRestrictions.class),
				this.context.getBean(AccessSettings.class), this.context.getBean(TransactionTemplate.class),
				this.clock);
	}

	@Test
	void anOverdueRequestIsReportedToTheClinicAdministratorExactlyOnceByTwoNodes() throws Exception {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2016, 3, 10));
		UUID id = request(parent);
		LocalDate due = this.jdbc.sql("SELECT due_on FROM access_requests WHERE id = :id")
			.param("id", id)
			.query(LocalDate.class)
			.single();
		this.clock.advance(Duration.ofDays(2));
		assertThat(this.sweeps.reportOverdue()).isZero();
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Moscow")));
		this.clock.advance(Duration.ofDays(due.toEpochDay() - today.toEpochDay() + 1));

		List<Sweeps> nodes = List.of(this.sweeps, anotherNode(), anotherNode(), anotherNode());
		ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		try {
			for (Sweeps node : nodes) {
				runs.add(pool.submit(() -> {
					start.await();
					return node.reportOverdue();
				}));
			}
			start.countDown();
			int reported = 0;
			for (Future<Integer> run : runs) {
				reported += run.get();
			}
			assertThat(reported).isGreaterThanOrEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.sql("SELECT overdue_reported_at IS NOT NULL FROM access_requests WHERE id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();
		await().until(() -> inboxOf(this.clinic.admin(), "notice.overdue.title") == 1);
		this.sweeps.reportOverdue();
		assertThat(inboxOf(this.clinic.admin(), "notice.overdue.title")).isEqualTo(1);
		assertThat(inboxOf(this.clinic.staff(), "notice.overdue.title")).isZero();
		WebSession staff = this.world.signIn(this.clinic.staffPhone());
		assertThat(staff.open("/clinic/requests?filter=overdue").text()).contains("Орлова Соня")
			.contains("Срок прошёл");
	}

	@Test
	void theGrantEndsOnThe18thBirthdayAfterOneNoticeThirtyDaysBefore() {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Moscow")));
		LocalDate born = today.minusYears(18).plusDays(40);
		AccessWorld.Parent parent = this.world.parent(this.clinic, born);
		UUID id = request(parent);
		WebSession staff = this.world.signIn(this.clinic.staffPhone());
		for (String action : List.of("take", "approve")) {
			staff.open("/clinic/requests/" + id);
			staff.post("/clinic/requests/" + id,
					Map.of("version", String.valueOf(this.world.versionOf(id)), "action", action, "text", ""));
		}
		assertThat(this.world.statusOf(id)).isEqualTo("APPROVED");
		this.sweeps.noticeExpiring();
		assertThat(noticeSent(id)).isFalse();
		this.clock.advance(Duration.ofDays(10));
		assertThat(this.sweeps.noticeExpiring()).isPositive();
		assertThat(noticeSent(id)).isTrue();
		anotherNode().noticeExpiring();
		await().until(() -> inboxOf(parent.account(), "notice.expiring.title") == 1);
		this.clock.advance(Duration.ofDays(29));
		this.sweeps.expire();
		assertThat(this.world.statusOf(id)).isEqualTo("APPROVED");
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.sweeps.expire()).isPositive();
		assertThat(this.world.statusOf(id)).isEqualTo("EXPIRED");
		this.sweeps.noticeExpiring();
		await().until(() -> inboxOf(parent.account(), "notice.expired.title") == 1);
		assertThat(inboxOf(parent.account(), "notice.expiring.title")).isEqualTo(1);
	}

	@Test
	void aRestrictionRecordedAheadEndsTheGrantOnItsFirstDay() {
		AccessWorld.Parent parent = this.world.parent(this.clinic, LocalDate.of(2014, 6, 6));
		UUID id = request(parent);
		WebSession staff = this.world.signIn(this.clinic.staffPhone());
		for (String action : List.of("take", "approve")) {
			staff.open("/clinic/requests/" + id);
			staff.post("/clinic/requests/" + id,
					Map.of("version", String.valueOf(this.world.versionOf(id)), "action", action, "text", ""));
		}
		this.world.restrict(parent, this.clock, 3);
		this.sweeps.enforceRestrictions();
		assertThat(this.world.statusOf(id)).isEqualTo("APPROVED");
		this.clock.advance(Duration.ofDays(3));
		assertThat(this.sweeps.enforceRestrictions()).isPositive();
		assertThat(this.world.statusOf(id)).isEqualTo("REVOKED");
		anotherNode().enforceRestrictions();
		await().until(() -> inboxOf(parent.account(), "notice.revoked-by-court.title") == 1);
	}

	@Test
	void theClinicCannotGrantAccessOnceTheChildIsOfAge() {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Moscow")));
		AccessWorld.Parent parent = this.world.parent(this.clinic, today.minusYears(18).plusDays(1));
		UUID id = request(parent);
		WebSession staff = this.world.signIn(this.clinic.staffPhone());
		staff.open("/clinic/requests/" + id);
		staff.post("/clinic/requests/" + id,
				Map.of("version", String.valueOf(this.world.versionOf(id)), "action", "take", "text", ""));
		this.clock.advance(Duration.ofDays(1));
		WebSession later = this.world.signIn(this.clinic.staffPhone());
		later.open("/clinic/requests/" + id);
		assertThat(later
			.follow(later.post("/clinic/requests/" + id,
					Map.of("version", String.valueOf(this.world.versionOf(id)), "action", "approve", "text", "")))
			.text()).contains("Открыть доступ нельзя");
		assertThat(this.world.statusOf(id)).isEqualTo("IN_REVIEW");
	}

	@Test
	void aRequestTheClinicHasNotDecidedIsClosedOnThe18thBirthday() {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Moscow")));
		AccessWorld.Parent parent = this.world.parent(this.clinic, today.minusYears(18).plusDays(2));
		UUID id = request(parent);
		this.clock.advance(Duration.ofDays(1));
		this.sweeps.expire();
		assertThat(this.world.statusOf(id)).isEqualTo("SUBMITTED");
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.sweeps.expire()).isPositive();
		assertThat(this.world.statusOf(id)).isEqualTo("EXPIRED");
		await().until(() -> inboxOf(parent.account(), "notice.closed-by-age.title") == 1);
		WebSession staff = this.world.signIn(this.clinic.staffPhone());
		assertThat(staff.open("/clinic/requests").text()).doesNotContain("Орлова Соня");
	}

}
