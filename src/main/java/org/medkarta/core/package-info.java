/**
 * Shared kernel: value objects that validate themselves, the clock, the working-day
 * calendar.
 */
package org.medkarta.core;
