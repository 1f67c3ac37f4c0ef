/**
 * Access to a child's record: a parent's request, the clinic's review within working-day
 * deadlines, second-parent consent, the grant, and the one policy that decides who may
 * see a record now.
 */
package org.medkarta.access;
