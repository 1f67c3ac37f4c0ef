package org.medkarta.records.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfSlotsTests {

	private final List<Duration> delays = new ArrayList<>();

	private final List<Runnable> waiting = new ArrayList<>();

	private final PdfSlots slots = new PdfSlots(1, (delay, task) -> {
		this.delays.add(delay);
		this.waiting.add(task);
	});

	@Test
	void whenOthersWaitASlotRestsAsLongAsItsDrawingTook() throws Exception {
		PdfSlots.Start start = this.slots.enter(Duration.ZERO);
		assertThat(start).isNotNull();
		burn(Duration.ofMillis(20));
		CompletableFuture<PdfSlots.Start> next = CompletableFuture
			.supplyAsync(() -> this.slots.enter(Duration.ofSeconds(30)));
		while (!this.slots.waitedFor()) {
			Thread.onSpinWait();
		}
		this.slots.leave(start);
		assertThat(this.delays).singleElement()
			.satisfies((rest) -> assertThat(rest).isGreaterThanOrEqualTo(Duration.ofMillis(20))
				.isLessThanOrEqualTo(PdfSlots.LONGEST_REST));
		assertThat(next).as("the next PDF waits for the rest").isNotDone();
		assertThat(this.slots.enter(Duration.ZERO)).isNull();
		this.waiting.get(0).run();
		assertThat(next.get(30, TimeUnit.SECONDS)).isNotNull();
	}

	@Test
	void aSlotNobodyWaitsForIsFreeAtOnce() {
		PdfSlots.Start start = this.slots.enter(Duration.ZERO);
		burn(Duration.ofMillis(5));
		this.slots.leave(start);
		assertThat(this.delays).isEmpty();
		assertThat(this.slots.free()).isOne();
	}

	@Test
	void theRestIsTheTimeUsedUpToALimit() {
		assertThat(PdfSlots.rest(-5)).isZero();
		assertThat(PdfSlots.rest(Duration.ofMillis(300).toNanos())).isEqualTo(Duration.ofMillis(300));
		assertThat(PdfSlots.rest(Duration.ofMinutes(1).toNanos())).isEqualTo(PdfSlots.LONGEST_REST);
	}

	/** Keeps this thread on a processor for at least so long of processor time. */
	private static void burn(Duration time) {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long until = threads.getCurrentThreadCpuTime() + time.toNanos();
		long sum = 0;
		while (threads.getCurrentThreadCpuTime() < until) {
			sum += Long.numberOfTrailingZeros(System.nanoTime());
		}
		assertThat(sum).isNotNegative();
	}

}
