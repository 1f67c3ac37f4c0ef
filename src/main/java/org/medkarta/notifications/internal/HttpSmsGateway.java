package org.medkarta.notifications.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

import org.medkarta.core.PhoneNumber;
import org.medkarta.notifications.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends SMS through an operator's HTTP gateway: a JSON {@code POST} of {@code {"to":
 * "+79…", "text": "…"}} with a bearer token.
 */
class HttpSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(HttpSmsGateway.class);

	private final RestClient client;

	HttpSmsGateway(RestClient.Builder builder, String url, String token) {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
		requests.setReadTimeout(Duration.ofSeconds(10));
		this.client = builder.baseUrl(url)
			.requestFactory(requests)
			.defaultHeader("Authorization", "Bearer " + token)
			.build();
	}

	@Override
	public void send(PhoneNumber to, String text) {
		try {
			this.client.post()
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("to", to.value(), "text", text))
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientException ex) {
			log.warn("The SMS gateway refused a message to {}: {}", to.masked(), ex.getClass().getSimpleName());
			throw new MessageNotSentException(ex);
		}
	}

}
