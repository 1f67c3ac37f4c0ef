package org.medkarta;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of ARCHITECTURE.md hold, and the module documentation under
 * {@code docs/modules} is written from the code.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MedkartaApplication.class);

	@Test
	void modulesOnlyUseEachOthersApis() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
