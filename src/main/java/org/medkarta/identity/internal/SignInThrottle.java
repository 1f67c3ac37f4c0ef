package org.medkarta.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows repeated failed sign-ins down with growing delays and never locks anyone out for
 * good. Failures are counted per identifier as typed (hashed, whether or not an account
 * has it, so the delays reveal nothing) and per client address.
 */
@Component
class SignInThrottle {

	/** Failures allowed before the first delay. */
	static final int FREE_FAILURES = 3;

	/** A client address gets more by default, as several people may share it. */
	static final int FREE_FAILURES_PER_ADDRESS = 20;

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	/** Failures older than this are forgotten. */
	static final Duration MEMORY = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int freePerAddress;

	SignInThrottle(JdbcClient jdbc, Clock clock,
			@Value("${medkarta.security.sign-in.free-failures-per-address:20}") int freePerAddress) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.freePerAddress = freePerAddress;
	}

	/**
	 * Counts a try before the password is checked, so parallel tries cannot slip past the
	 * count. The try is refused, and not counted, while the identifier or the address
	 * must still wait.
	 * @return how long to wait, when the try is refused
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Optional<Duration> reserve(String identifier, String clientAddress) {
		Instant now = this.clock.instant();
		String identifierKey = identifierKey(identifier);
		if (!reserve(identifierKey, FREE_FAILURES, now)) {
			return Optional.of(atLeastASecond(remaining(identifierKey, FREE_FAILURES, now)));
		}
		String addressKey = addressKey(clientAddress);
		if (!reserve(addressKey, this.freePerAddress, now)) {
			return Optional.of(atLeastASecond(remaining(addressKey, this.freePerAddress, now)));
		}
		return Optional.empty();
	}

	/**
	 * The password was right: the identifier starts afresh, and the address gets its try
	 * back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordSuccess(String identifier, String clientAddress) {
		forget(identifier);
		this.jdbc.sql("UPDATE sign_in_failures SET failures = greatest(failures - 1, 0) WHERE throttle_key = :key")
			.param("key", addressKey(clientAddress))
			.update();
	}

	/** Forgets an identifier's failures, as a password reset by SMS code does. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void forget(String identifier) {
		this.jdbc.sql("DELETE FROM sign_in_failures WHERE throttle_key = :key")
			.param("key", identifierKey(identifier))
			.update();
	}

	/**
	 * One atomic statement: counts the try when it is allowed, judged by the count and
	 * time found under the row lock; otherwise changes nothing.
	 */
	private boolean reserve(String key, int free, Instant now) {
		return this.jdbc
			.sql("INSERT INTO sign_in_failures AS f (throttle_key, failures, last_failure_at) VALUES (:key, 1, :now) "
					+ "ON CONFLICT (throttle_key) DO UPDATE SET "
					+ "failures = CASE WHEN f.last_failure_at < :forget THEN 1 ELSE f.failures + 1 END, "
					+ "last_failure_at = :now "
					+ "WHERE f.last_failure_at < :forget OR f.failures < :free OR f.last_failure_at "
					+ "+ make_interval(secs => least(power(2, least(f.failures - :free, 10)), :max)) <= :now "
					+ "RETURNING f.failures")
			.param("key", key)
			.param("now", Timestamp.from(now))
			.param("forget", Timestamp.from(now.minus(MEMORY)))
			.param("free", free)
			.param("max", MAX_DELAY.toSeconds())
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	private static Duration atLeastASecond(Duration wait) {
		return wait.isZero() ? Duration.ofSeconds(1) : wait;
	}

	/**
	 * The delay after a number of failures: none for the free ones, then 1 s, 2 s, 4 s …
	 * up to 15 minutes.
	 */
	static Duration delayAfter(int failures, int free) {
		if (failures < free) {
			return Duration.ZERO;
		}
		int exponent = Math.min(failures - free, 20);
		Duration delay = Duration.ofSeconds(1L << exponent);
		return (delay.compareTo(MAX_DELAY) > 0) ? MAX_DELAY : delay;
	}

	private Duration remaining(String key, int free, Instant now) {
		return this.jdbc.sql("SELECT failures, last_failure_at FROM sign_in_failures WHERE throttle_key = :key")
			.param("key", key)
			.query((rs, row) -> {
				Instant last = rs.getTimestamp("last_failure_at").toInstant();
				if (last.plus(MEMORY).isBefore(now)) {
					return Duration.ZERO;
				}
				Instant until = last.plus(delayAfter(rs.getInt("failures"), free));
				return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
			})
			.optional()
			.orElse(Duration.ZERO);
	}

	private static String identifierKey(String identifier) {
		return "id:" + FormFields.sha256(identifier.strip().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String clientAddress) {
		return "ip:" + FormFields.sha256(String.valueOf(clientAddress));
	}

}
