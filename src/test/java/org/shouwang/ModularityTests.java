package org.shouwang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private static final Path DOCS = Path.of("docs", "modules");

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
	void writesModuleDocumentation() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
				.writeDocumentation()
				.writeIndividualModulesAsPlantUml();
		try (Stream<Path> diagrams = Files.list(DOCS)) {
			for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, stableOrder(Files.readAllLines(diagram)));
			}
		}
	}

	/**
	 * The Documenter writes a diagram's components and relations in hash order, which changes from run to run; sorted
	 * within each run of such lines the checked-in diagrams change only when the modules do.
	 */
	static List<String> stableOrder(List<String> lines) {
		List<String> out = new ArrayList<>(lines.size());
		List<String> run = new ArrayList<>();
		String kind = null;
		for (String line : lines) {
			String k = line.strip().startsWith("Rel(") ? "Rel(" : line.strip().startsWith("Component(") ? "Component(" : null;
			if (k == null || !k.equals(kind)) {
				run.sort(null);
				out.addAll(run);
				run.clear();
			}
			kind = k;
			(k == null ? out : run).add(line);
		}
		run.sort(null);
		out.addAll(run);
		return out;
	}
}
