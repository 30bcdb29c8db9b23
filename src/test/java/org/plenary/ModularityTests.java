package org.plenary;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The package structure is the architecture: modules, their allowed dependencies, and their docs in docs/. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(PlenaryApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeDocumentation()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
