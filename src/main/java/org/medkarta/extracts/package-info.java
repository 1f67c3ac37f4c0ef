/**
 * Extracts from a child's record: the family asks for the entries of a period for a
 * purpose (school, camp, another clinic); the clinic's staff prepare the extract from the
 * record, a member of staff signs it off, or they refuse with a reason, within the
 * clinic's working-day deadline; the family downloads the signed PDF, audited.
 */
package org.medkarta.extracts;
