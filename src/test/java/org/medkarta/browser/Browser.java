package org.medkarta.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Headless Chromium from the system's package, driven by Playwright without a browser
 * download: Playwright's own browsers cannot be fetched on this network.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("MEDKARTA_CHROMIUM", "/usr/bin/chromium"));

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	Browser() {
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run")));
	}

	BrowserContext newContext(String baseUrl) {
		return this.browser
			.newContext(new NewContextOptions().setBaseURL(baseUrl).setLocale("ru-RU").setViewportSize(360, 780));
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
