package org.medkarta.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string is a message key in both languages, and no template carries text
 * of its own.
 */
class I18nTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * Text between tags that is more than whitespace, punctuation or a Thymeleaf
	 * expression.
	 */
	private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");

	/** Visible attributes that must come from messages too. */
	private static final Pattern VISIBLE_ATTRIBUTE = Pattern
		.compile("\\s(title|alt|placeholder|aria-label)=\"([^\"]*\\p{L}[^\"]*)\"");

	@Test
	void bothMessageFilesHaveTheSameKeys() throws IOException {
		Set<String> russian = load("messages.properties").stringPropertyNames();
		Set<String> english = load("messages_en.properties").stringPropertyNames();
		assertThat(new TreeSet<>(english)).as("keys of messages_en.properties").isEqualTo(new TreeSet<>(russian));
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String file : List.of("messages.properties", "messages_en.properties")) {
			Properties properties = load(file);
			properties.stringPropertyNames()
				.forEach((key) -> assertThat(properties.getProperty(key)).as(file + " " + key).isNotBlank());
		}
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Pattern key = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[(}]");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = key.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoTextOfTheirOwn() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			for (String line : html.split("\n")) {
				Matcher text = TEXT_NODE.matcher(line);
				while (text.find()) {
					if (!line.contains("th:text") && !line.contains("th:utext") && !line.contains("th:replace")
							&& !isLanguageName(text.group(1))) {
						hardCoded.add(template.getFileName() + ": " + text.group(1).strip());
					}
				}
				Matcher attribute = VISIBLE_ATTRIBUTE.matcher(line);
				while (attribute.find()) {
					hardCoded.add(template.getFileName() + ": " + attribute.group(0).strip());
				}
			}
		}
		assertThat(hardCoded).isEmpty();
	}

	/** The language switch names each language in itself, which is not translated. */
	private static boolean isLanguageName(String text) {
		return Set.of("English", "Русский", "JSON").contains(text.strip());
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
