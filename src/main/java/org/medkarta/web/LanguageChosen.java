package org.medkarta.web;

import java.util.Locale;

/**
 * Someone switched the language of the pages; a module that keeps a language per account
 * may remember it.
 *
 * @param locale the chosen language
 */
public record LanguageChosen(Locale locale) {
}
