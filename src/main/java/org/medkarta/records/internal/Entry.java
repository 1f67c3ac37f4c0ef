package org.medkarta.records.internal;

import java.time.Instant;
import java.util.Map;

/**
 * One record entry as the portal keeps it, read from a FHIR resource.
 *
 * @param resourceType the FHIR resource type
 * @param sourceId the resource's id in the clinic's system
 * @param section where it shows
 * @param occurredAt when it happened, or {@code null} when the resource says nothing
 * @param title what it is, as the resource names it (display text of its code)
 * @param codeSystem the system of its main code, if any
 * @param code its main code, if any
 * @param details what the pages show besides (value, unit, range, status, …)
 */
record Entry(String resourceType, String sourceId, Section section, Instant occurredAt, String title, String codeSystem,
		String code, Map<String, Object> details) {
}
