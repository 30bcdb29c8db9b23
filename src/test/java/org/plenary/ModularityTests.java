package org.plenary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

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
	void writesModuleDocumentation() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeDocumentation()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> diagrams = Files.list(Path.of("docs/modules"))) {
			for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
				sortRelations(diagram);
			}
		}
	}

	/**
	 * The documenter writes a diagram's relations in an order that varies from run to run; sorted, the
	 * generated docs change only when the architecture does.
	 */
	private static void sortRelations(Path diagram) throws IOException {
		List<String> lines = Files.readAllLines(diagram, StandardCharsets.UTF_8);
		List<String> out = new ArrayList<>(lines.size());
		List<String> run = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("Rel(")) {
				run.add(line);
				continue;
			}
			Collections.sort(run);
			out.addAll(run);
			run.clear();
			out.add(line);
		}
		Collections.sort(run);
		out.addAll(run);
		Files.write(diagram, out, StandardCharsets.UTF_8);
	}
}
