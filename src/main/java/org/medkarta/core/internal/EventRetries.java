package org.medkarta.core.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries again the events whose listeners failed (a mail server down, a database hiccup):
 * the publication registry keeps them until a listener completes. Listeners are written
 * to be idempotent, so a second delivery changes nothing.
 */
@Component
class EventRetries {

	private final IncompleteEventPublications incomplete;

	private final Duration olderThan;

	EventRetries(IncompleteEventPublications incomplete,
			@Value("${medkarta.events.retry-older-than:PT5M}") Duration olderThan) {
		this.incomplete = incomplete;
		this.olderThan = olderThan;
	}

	@Scheduled(fixedDelayString = "${medkarta.events.retry-interval:PT5M}",
			initialDelayString = "${medkarta.events.retry-interval:PT5M}")
	void retry() {
		this.incomplete.resubmitIncompletePublicationsOlderThan(this.olderThan);
	}

}
