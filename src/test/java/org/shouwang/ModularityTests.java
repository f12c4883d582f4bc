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
		try (Stream<Path> written = Files.list(DOCS)) {
			for (Path file : written.toList()) {
				Files.write(file, stableOrder(Files.readAllLines(file)));
			}
		}
	}

	/**
	 * The Documenter writes a diagram's components and relations, and a canvas's lists (the events a module
	 * listens to, its beans), in hash order, which changes from run to run. Sorted within each run of such lines
	 * the checked-in documentation changes only when the modules do. A canvas list is a table cell: its first item
	 * starts with the cell's {@code |}, which stays on the first line after sorting.
	 */
	static List<String> stableOrder(List<String> lines) {
		List<String> out = new ArrayList<>(lines.size());
		List<String> run = new ArrayList<>();
		String kind = null;
		boolean cell = false;
		for (String line : lines) {
			String k = kind(line);
			boolean continues = k != null && k.equals(kind) && !line.startsWith("|");
			if (!continues) {
				flush(run, cell, out);
				cell = line.startsWith("|* ");
			}
			kind = k;
			if (k == null) {
				out.add(line);
			}
			else {
				run.add(cell && run.isEmpty() ? line.substring(1) : line);
			}
		}
		flush(run, cell, out);
		return out;
	}

	private static String kind(String line) {
		String stripped = line.strip();
		if (stripped.startsWith("Rel(") || stripped.startsWith("Component(")) {
			return stripped.substring(0, stripped.indexOf('('));
		}
		return line.startsWith("* ") || line.startsWith("|* ") ? "item" : null;
	}

	private static void flush(List<String> run, boolean cell, List<String> out) {
		run.sort(null);
		for (int i = 0; i < run.size(); i++) {
			out.add(cell && i == 0 ? "|" + run.get(i) : run.get(i));
		}
		run.clear();
	}
}
