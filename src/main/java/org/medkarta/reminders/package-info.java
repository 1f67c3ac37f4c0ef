/**
 * Reminders of booked visits and of vaccinations due or overdue, to each family member by
 * their preferences (channels per kind, quiet hours in their time zone, an off switch). A
 * scheduled job queues what is due and sends it; the queue's unique key and row locks
 * make each reminder go out once, however many nodes run the job.
 */
package org.medkarta.reminders;
