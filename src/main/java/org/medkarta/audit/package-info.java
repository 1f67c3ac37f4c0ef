/**
 * Who looked at which record, when, and whether they were let in: one append-only row per
 * view, download or export (SECURITY.md §13–14).
 */
package org.medkarta.audit;
