/**
 * The shared page layout, form errors, error pages and the choice of language.
 */
package org.medkarta.web;
