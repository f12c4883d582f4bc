package org.shouwang;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ShouwangApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * Writes the module diagrams (PlantUML: the whole system and each module with its neighbours) and the module
	 * canvases (each module's API types, the events it publishes and listens to) into {@code docs/modules}, so the
	 * checked-in documentation follows the code: a change of the module structure shows in the diff of this folder.
	 */
	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
				.writeDocumentation()
				.writeIndividualModulesAsPlantUml();
	}
}
