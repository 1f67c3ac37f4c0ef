package org.medkarta.records.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The bulkhead in front of PDF drawing. A few slots, and when others are waiting for a
 * slot, the slot that drew a PDF rests as long as the drawing took of the processor
 * before the next PDF may use it: under a stream of PDF requests each slot keeps at most
 * half a processor busy, and the pages keep the rest. A PDF nobody waits behind gives its
 * slot back at once, so one person asking for PDFs one after another is not slowed down.
 */
final class PdfSlots {

	/** The longest rest, so one huge PDF does not close its slot for long. */
	static final Duration LONGEST_REST = Duration.ofSeconds(3);

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final Semaphore slots;

	private final BiConsumer<Duration, Runnable> later;

	/**
	 * @param slots how many PDFs may be drawn at once
	 * @param later runs a task after a delay
	 */
	PdfSlots(int slots, BiConsumer<Duration, Runnable> later) {
		this.slots = new Semaphore(slots, true);
		this.later = later;
	}

	/** Slots whose rest is timed by a timer thread of the JDK's. */
	PdfSlots(int slots) {
		this(slots, (delay, task) -> CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS)
			.execute(task));
	}

	/**
	 * Takes a slot, waiting at most so long.
	 * @return the drawing's start, to hand to {@link #leave}; {@code null} when no slot
	 * was free within the wait
	 */
	Start enter(Duration wait) {
		try {
			if (!this.slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
				return null;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		return new Start(cpuTime(), System.nanoTime());
	}

	/**
	 * Gives the slot back: at once when no one waits for a slot, else once it has rested
	 * as long as the drawing took.
	 */
	void leave(Start start) {
		long cpu = cpuTime();
		long used = (cpu >= 0 && start.cpu() >= 0) ? cpu - start.cpu() : System.nanoTime() - start.wall();
		Duration rest = rest(used);
		if (rest.isZero() || !this.slots.hasQueuedThreads()) {
			this.slots.release();
		}
		else {
			this.later.accept(rest, this.slots::release);
		}
	}

	int free() {
		return this.slots.availablePermits();
	}

	boolean waitedFor() {
		return this.slots.hasQueuedThreads();
	}

	static Duration rest(long nanosUsed) {
		Duration used = Duration.ofNanos(Math.max(0, nanosUsed));
		return (used.compareTo(LONGEST_REST) > 0) ? LONGEST_REST : used;
	}

	private static long cpuTime() {
		return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
	}

	/** When a drawing began, by this thread's processor time and by the clock. */
	record Start(long cpu, long wall) {
	}

}
