/**
 * Medical organisations: their details, their staff and which clinic each child is
 * attached to.
 */
package org.medkarta.clinics;
