package org.medkarta.identity.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleDelayTests {

	@Test
	void theFirstFailuresCostNothing() {
		assertThat(SignInThrottle.delayAfter(0, 3)).isZero();
		assertThat(SignInThrottle.delayAfter(2, 3)).isZero();
	}

	@Test
	void delaysDoubleWithEachFurtherFailure() {
		assertThat(SignInThrottle.delayAfter(3, 3)).isEqualTo(Duration.ofSeconds(1));
		assertThat(SignInThrottle.delayAfter(4, 3)).isEqualTo(Duration.ofSeconds(2));
		assertThat(SignInThrottle.delayAfter(7, 3)).isEqualTo(Duration.ofSeconds(16));
	}

	@Test
	void delaysStopGrowingAtFifteenMinutesSoNobodyIsLockedOutForGood() {
		assertThat(SignInThrottle.delayAfter(30, 3)).isEqualTo(Duration.ofMinutes(15));
		assertThat(SignInThrottle.delayAfter(10_000, 3)).isEqualTo(Duration.ofMinutes(15));
	}

}
