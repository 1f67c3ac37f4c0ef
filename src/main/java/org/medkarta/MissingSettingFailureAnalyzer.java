package org.medkarta;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a missing production setting as one plain line instead of a stack trace.
 */
class MissingSettingFailureAnalyzer extends AbstractFailureAnalyzer<ProductionSettingsCheck.MissingSettingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettingsCheck.MissingSettingException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set it in the environment and start again; docs/CONFIGURATION.md lists every setting.", cause);
	}

}
