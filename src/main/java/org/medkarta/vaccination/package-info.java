/**
 * The national calendar of preventive vaccinations as data, and where a person stands
 * against it: which doses are done, due, overdue or not for them.
 */
package org.medkarta.vaccination;
