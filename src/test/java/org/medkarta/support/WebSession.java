package org.medkarta.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the running application over real HTTP: cookies kept, redirects followed
 * on request, the CSRF token of the last page sent with each form.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	private String csrf;

	private String acceptLanguage;

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public WebSession acceptLanguage(String value) {
		this.acceptLanguage = value;
		return this;
	}

	/** GET without following redirects. */
	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	/** GET, following redirects to the final page. */
	public Page open(String path) {
		return follow(get(path));
	}

	/** POSTs a form with the CSRF token of the last page, without following redirects. */
	public Page post(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (this.csrf != null) {
			all.putIfAbsent("_csrf", this.csrf);
		}
		return postRaw(path, all);
	}

	/** POSTs exactly the given fields: no CSRF token unless one is among them. */
	public Page postRaw(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** POSTs a multipart form with one file and the CSRF token of the last page. */
	public Page postFile(String path, String field, String fileName, String contentType, byte[] content) {
		String boundary = "medkarta-" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.nio.charset.Charset utf8 = StandardCharsets.UTF_8;
		if (this.csrf != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + this.csrf
					+ "\r\n")
				.getBytes(utf8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(utf8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** POSTs a multipart body made by the caller. */
	public Page postMultipart(String path, String boundary, byte[] body) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	/**
	 * POSTs a multipart form as a browser does: the fields, the CSRF token of the last
	 * page, and PNG files by field name (empty content sends an empty file part, as a
	 * browser does for a file input left empty).
	 */
	public Page postForm(String path, Map<String, String> fields, Map<String, byte[]> files) {
		String boundary = "b" + java.util.UUID.randomUUID();
		java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		all.put("_csrf", csrfToken());
		all.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(utf8)));
		files.forEach((name, content) -> {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
					+ ((content.length > 0) ? "scan.png" : "") + "\"\r\nContent-Type: "
					+ ((content.length > 0) ? "image/png" : "application/octet-stream") + "\r\n\r\n")
				.getBytes(utf8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(utf8));
		});
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
		return postMultipart(path, boundary, body.toByteArray());
	}

	/** POSTs and follows the redirect, as a browser does after a form. */
	public Page submit(String path, Map<String, String> fields) {
		return follow(post(path, fields));
	}

	public Page follow(Page page) {
		Page current = page;
		for (int i = 0; i < 10 && current.isRedirect(); i++) {
			String location = current.header("Location").orElseThrow();
			URI target = URI.create(location);
			current = get(location.startsWith("http")
					? target.getRawPath() + ((target.getRawQuery() != null) ? "?" + target.getRawQuery() : "")
					: location);
		}
		return current;
	}

	public Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	/** Replaces the session cookie, as an attacker replaying an old cookie would. */
	public void useSessionCookie(String value) {
		this.cookies.getCookieStore().removeAll();
		HttpCookie cookie = new HttpCookie("MEDKARTA_SESSION", value);
		cookie.setPath("/");
		cookie.setVersion(0);
		this.cookies.getCookieStore().add(URI.create(this.base), cookie);
	}

	public String csrfToken() {
		return this.csrf;
	}

	/** GETs a file: its bytes, or an error when the status is not 200. */
	public byte[] download(String path) {
		try {
			HttpResponse<byte[]> response = this.client.send(
					HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new AssertionError("GET " + path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Page send(HttpRequest.Builder builder) {
		builder.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		if (this.acceptLanguage != null) {
			builder.header("Accept-Language", this.acceptLanguage);
		}
		try {
			HttpResponse<String> response = this.client.send(builder.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Matcher matcher = CSRF.matcher(response.body());
			if (matcher.find()) {
				this.csrf = matcher.group(1);
			}
			return new Page(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A response.
	 *
	 * @param status the HTTP status
	 * @param headers the headers
	 * @param body the body
	 */
	public record Page(int status, Map<String, java.util.List<String>> headers, String body) {

		/** Where a redirect leads, as a path of the site, or an empty string. */
		public String location() {
			return header("Location").map((value) -> value.replaceFirst("^https?://[^/]+", "")).orElse("");
		}

		public boolean isRedirect() {
			return this.status >= 300 && this.status < 400;
		}

		public Optional<String> header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.flatMap((e) -> e.getValue().stream())
				.findFirst();
		}

		/**
		 * The body with tags removed and whitespace collapsed, as a reader sees the text.
		 */
		public String text() {
			return this.body.replaceAll("(?s)<script.*?</script>", " ")
				.replaceAll("<[^>]+>", " ")
				.replace("&nbsp;", " ")
				.replace("&#39;", "'")
				.replace("&quot;", "\"")
				.replace("&amp;", "&")
				.replaceAll("\\s+", " ");
		}

	}

}
