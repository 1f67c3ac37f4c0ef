package org.medkarta.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Russian first, English on request; the choice is remembered in a cookie for a year.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	@Bean
	LocaleResolver localeResolver(@Value("${medkarta.security.secure-cookies}") boolean secure) {
		CookieLocaleResolver resolver = new CookieLocaleResolver("MEDKARTA_LANG");
		resolver.setDefaultLocale(RUSSIAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setRejectInvalidCookies(true);
		resolver.setCookieSecure(secure);
		return resolver;
	}

}
