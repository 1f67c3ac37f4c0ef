package org.medkarta.records.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
	void aSlotRestsAsLongAsItsDrawingTookBeforeTheNextPdf() {
		PdfSlots.Start start = this.slots.enter(Duration.ZERO);
		assertThat(start).isNotNull();
		burn(Duration.ofMillis(20));
		this.slots.leave(start);
		assertThat(this.slots.free()).as("resting").isZero();
		assertThat(this.slots.enter(Duration.ZERO)).as("the next PDF waits").isNull();
		assertThat(this.delays).singleElement()
			.satisfies((rest) -> assertThat(rest).isGreaterThanOrEqualTo(Duration.ofMillis(20))
				.isLessThanOrEqualTo(PdfSlots.LONGEST_REST));
		this.waiting.get(0).run();
		assertThat(this.slots.free()).isOne();
		assertThat(this.slots.enter(Duration.ZERO)).isNotNull();
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
