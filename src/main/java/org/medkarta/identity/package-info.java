/**
 * Accounts, registration, sign-in with a second factor, password reset, trust levels and
 * roles.
 */
package org.medkarta.identity;
