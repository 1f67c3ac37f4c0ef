package org.medkarta.reminders.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The reminder job: every few minutes it queues the visit reminders that came due and
 * sends what can be sent; once a day it queues the vaccination reminders. Any number of
 * nodes may run it at once.
 */
@Component
class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final ReminderQueue queue;

	private final ReminderSender sender;

	ReminderJob(ReminderQueue queue, ReminderSender sender) {
		this.queue = queue;
		this.sender = sender;
	}

	@Scheduled(fixedDelayString = "${medkarta.reminders.every:PT5M}", initialDelayString = "PT1M")
	void visits() {
		int queued = this.queue.queueVisits();
		int sent = this.sender.send();
		if (queued > 0 || sent > 0) {
			log.info("Reminders: {} visit reminders queued, {} reminders sent", queued, sent);
		}
	}

	@Scheduled(cron = "${medkarta.reminders.vaccines-cron:0 0 7 * * *}", zone = "Europe/Moscow")
	void vaccines() {
		long started = System.nanoTime();
		int queued = this.queue.queueVaccinations();
		log.info("Reminders: {} vaccination reminders queued in {} ms", queued,
				(System.nanoTime() - started) / 1_000_000);
	}

}
