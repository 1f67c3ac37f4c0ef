package org.medkarta.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules of DOMAIN.md §1: at least 8 characters, up to 128, any characters
 * and no composition rules, and none of the common or breached passwords of the bundled
 * list. Length counts characters (code points), not bytes.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("security/common-passwords.txt");
	}

	/** The message key of the first broken rule, or empty for an acceptable password. */
	Optional<String> check(String password) {
		if (password == null || password.isEmpty()) {
			return Optional.of("validation.password.required");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("validation.password.short");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("validation.password.long");
		}
		if (this.common.contains(password.toLowerCase(Locale.ROOT)) || password.codePoints().distinct().count() == 1) {
			return Optional.of("validation.password.common");
		}
		return Optional.empty();
	}

	private static Set<String> load(String path) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords is missing from the build", ex);
		}
	}

}
