/**
 * The in-app inbox «Уведомления», e-mail and SMS, and their delivery.
 */
package org.medkarta.notifications;
