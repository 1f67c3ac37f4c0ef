package org.medkarta.notifications.internal;

import java.util.Map;

import org.medkarta.core.PhoneNumber;
import org.medkarta.notifications.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
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
		this.client = builder.baseUrl(url).defaultHeader("Authorization", "Bearer " + token).build();
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
