package org.medkarta.support;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Phone numbers no other test of the run uses, so per-phone limits never cross tests.
 */
public final class Phones {

	private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 100_000_000L);

	private Phones() {
	}

	/** A number no test of this run has used: {@code +79} and nine digits. */
	public static String fresh() {
		long n = 100_000_000L + (NEXT.incrementAndGet() % 900_000_000L);
		return "+79" + String.format("%09d", n).substring(0, 9);
	}

}
