/**
 * Demo data for the default mode, loaded once through the same module APIs real data
 * uses.
 */
package org.medkarta.demo;
