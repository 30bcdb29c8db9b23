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
			for (Path file : diagrams.toList()) {
				if (file.toString().endsWith(".puml")) {
					sortRelations(file);
				}
				else if (file.toString().endsWith(".adoc")) {
					sortBullets(file);
				}
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

	/** A module canvas lists events and types in an order that varies from run to run: each cell's bullets are sorted. */
	private static void sortBullets(Path canvas) throws IOException {
		List<String> lines = Files.readAllLines(canvas, StandardCharsets.UTF_8);
		List<String> out = new ArrayList<>(lines.size());
		List<String> run = new ArrayList<>();
		for (String line : lines) {
			boolean opens = line.startsWith("|* ");
			if (line.startsWith("* ") && !run.isEmpty()) {
				run.add(line);
				continue;
			}
			flushBullets(run, out);
			if (opens) {
				run.add(line.substring(1));
			}
			else {
				out.add(line);
			}
		}
		flushBullets(run, out);
		Files.write(canvas, out, StandardCharsets.UTF_8);
	}

	private static void flushBullets(List<String> run, List<String> out) {
		if (run.isEmpty()) {
			return;
		}
		Collections.sort(run);
		out.add("|" + run.get(0));
		out.addAll(run.subList(1, run.size()));
		run.clear();
	}
}
