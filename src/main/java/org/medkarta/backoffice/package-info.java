/**
 * The operators' back office: one queue of identity and kinship cases.
 */
package org.medkarta.backoffice;
