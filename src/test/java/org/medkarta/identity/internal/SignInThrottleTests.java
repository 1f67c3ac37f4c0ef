package org.medkarta.identity.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle against the real database: tries are counted atomically, so
 * parallel tries cannot slip past the count.
 */
@MedkartaTest
class SignInThrottleTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void parallelTriesGetOnlyTheFreeOnes() throws Exception {
		SignInThrottle throttle = new SignInThrottle(this.jdbc, this.clock, 1000);
		String identifier = "parallel-" + UUID.randomUUID();
		int threads = 16;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Optional<Duration>>> results = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Callable<Optional<Duration>> attempt = () -> {
				start.await();
				return throttle.reserve(identifier, "203.0.113.9");
			};
			results.add(pool.submit(attempt));
		}
		start.countDown();
		int allowed = 0;
		for (Future<Optional<Duration>> result : results) {
			if (result.get().isEmpty()) {
				allowed++;
			}
		}
		pool.shutdown();
		assertThat(allowed).isEqualTo(SignInThrottle.FREE_FAILURES);
	}

	@Test
	void oneAddressIsSlowedDownAcrossIdentifiers() {
		SignInThrottle throttle = new SignInThrottle(this.jdbc, this.clock, 2);
		String address = "198.51.100." + (int) (Math.random() * 250);
		assertThat(throttle.reserve("a-" + UUID.randomUUID(), address)).isEmpty();
		assertThat(throttle.reserve("b-" + UUID.randomUUID(), address)).isEmpty();
		assertThat(throttle.reserve("c-" + UUID.randomUUID(), address)).contains(Duration.ofSeconds(1));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.reserve("d-" + UUID.randomUUID(), address)).isEmpty();
	}

	@Test
	void aRightPasswordClearsTheIdentifierAndReturnsTheAddressTry() {
		SignInThrottle throttle = new SignInThrottle(this.jdbc, this.clock, 1000);
		String identifier = "clear-" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.reserve(identifier, "192.0.2.77")).isEmpty();
		}
		assertThat(throttle.reserve(identifier, "192.0.2.77")).isPresent();
		throttle.recordSuccess(identifier, "192.0.2.77");
		assertThat(throttle.reserve(identifier, "192.0.2.77")).isEmpty();
	}

	@Test
	void failuresAreForgottenAfterADay() {
		SignInThrottle throttle = new SignInThrottle(this.jdbc, this.clock, 1000);
		String identifier = "forget-" + UUID.randomUUID();
		for (int i = 0; i < 10; i++) {
			throttle.reserve(identifier, "192.0.2.78");
			this.clock.advance(Duration.ofMinutes(16));
		}
		this.clock.advance(Duration.ofHours(24));
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.reserve(identifier, "192.0.2.78")).isEmpty();
		}
	}

}
