package org.medkarta.notifications.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medkarta.core.PhoneNumber;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production SMS adapter against a real HTTP server on loopback.
 */
class HttpSmsGatewayTests {

	private HttpServer server;

	private final List<String> received = new ArrayList<>();

	private volatile int status = 202;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/send", (exchange) -> {
			this.received.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
					+ new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(this.status, -1);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private HttpSmsGateway gateway() {
		return new HttpSmsGateway(RestClient.builder(),
				"http://127.0.0.1:" + this.server.getAddress().getPort() + "/send", "secret-token");
	}

	@Test
	void postsTheMessageAsJsonWithTheToken() {
		gateway().send(PhoneNumber.of("+79123456789"), "Медкарта: код 123456");
		assertThat(this.received).singleElement()
			.asString()
			.startsWith("Bearer secret-token ")
			.contains("\"to\":\"+79123456789\"")
			.contains("\"text\":\"Медкарта: код 123456\"");
	}

	@Test
	void aRefusalIsReportedNotSwallowed() {
		this.status = 503;
		assertThatThrownBy(() -> gateway().send(PhoneNumber.of("+79123456789"), "text"))
			.isInstanceOf(MessageNotSentException.class);
	}

}
