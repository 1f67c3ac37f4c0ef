package org.medkarta.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one-time code rules of DOMAIN.md §1 and SECURITY.md §1, as settings with the
 * required values as defaults.
 *
 * @param secret key of the hash under which codes are stored
 * @param validity how long a code can be used
 * @param maxTries wrong entries after which a code is void
 * @param resendInterval the least time between two codes to one phone
 * @param perPhoneLimit codes one phone may receive in {@code window}
 * @param perAddressLimit codes one client address may ask for in {@code window}
 * @param window the period both limits count in
 */
@ConfigurationProperties("medkarta.security.codes")
record CodeSettings(String secret, @DefaultValue("10m") Duration validity, @DefaultValue("5") int maxTries,
		@DefaultValue("60s") Duration resendInterval, @DefaultValue("5") int perPhoneLimit,
		@DefaultValue("20") int perAddressLimit, @DefaultValue("10m") Duration window) {

}
