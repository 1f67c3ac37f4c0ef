/**
 * Visits to a doctor of the child's clinic: the clinic's doctors and their hours, the
 * slots made from them by the working-day calendar, and bookings, of which a slot holds
 * at most one.
 */
package org.medkarta.appointments;
