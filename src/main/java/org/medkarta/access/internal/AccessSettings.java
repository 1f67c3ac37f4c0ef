package org.medkarta.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of DOMAIN.md §4–5 that a deployment may tune.
 *
 * @param reviewWorkingDays working days the clinic has to decide
 * @param adultAge the age at which parental access ends
 * @param informedAge the age from which the child is told who views the record
 * @param expiryNoticeDays how many days before the end of a grant parent and child are
 * told
 * @param sweepInterval how often deadlines and grant ends are checked
 */
@ConfigurationProperties("medkarta.access")
record AccessSettings(@DefaultValue("3") int reviewWorkingDays, @DefaultValue("18") int adultAge,
		@DefaultValue("15") int informedAge, @DefaultValue("30") int expiryNoticeDays,
		@DefaultValue("PT5M") Duration sweepInterval) {
}
