package org.medkarta.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

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

	/**
	 * Static files are served under their own paths only, not under {@code /**}: with a
	 * catch-all mapping every link a page builds (dozens per page) was looked up in the
	 * jar's static locations before it was written, which cost most of a record page's
	 * time (docs/BENCHMARKS.md). Each handler has a resource chain, whose cache remembers
	 * where a file was found: without it the page's style sheet and script links were
	 * looked up in the jar again on every page.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl week = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(week)
			.resourceChain(true);
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(week)
			.resourceChain(true);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(week)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
