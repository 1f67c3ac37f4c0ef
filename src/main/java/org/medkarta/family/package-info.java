/**
 * Children linked to their guardians, kinship verification (civil registry and operator
 * review), court restrictions and age rules.
 */
package org.medkarta.family;
