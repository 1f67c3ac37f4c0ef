package org.medkarta.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move forward by hand, so time rules are tested without waiting. It only
 * moves forward, as tests share one application context.
 */
public final class MutableClock extends Clock {

	private volatile Instant now;

	public MutableClock(Instant start) {
		this.now = start;
	}

	/**
	 * Sets the clock back to a moment it showed before. Tests that move it by days put it
	 * back when they end, because the application context, and so the clock, is shared by
	 * the test classes that follow.
	 */
	public synchronized void reset(Instant moment) {
		this.now = moment;
	}

	public synchronized void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/**
	 * The same moving instant seen in another zone, as the application asks for the day
	 * in Moscow.
	 */
	@Override
	public Clock withZone(ZoneId zone) {
		MutableClock source = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return source.withZone(other);
			}

			@Override
			public Instant instant() {
				return source.instant();
			}

		};
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
