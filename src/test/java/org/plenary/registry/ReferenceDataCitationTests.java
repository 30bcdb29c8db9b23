package org.plenary.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.plenary.registry.reference.ReferenceRows;
import org.plenary.registry.reference.ReferenceRows.FactRow;
import org.plenary.shared.Citation;
import org.plenary.shared.Citations;

/**
 * Every reference file, including files added later: each fact cites a source of sources.csv that
 * has an address, or is unverified with a note saying what is not confirmed; a verified fact cites a
 * source whose kind is PRIMARY or SECONDARY, and pages label the secondary ones, so a fact verified
 * against secondary sources only is allowed and shown as such; no verified fact's note says it is
 * unverified; no file holds an authoring marker. Failures are listed as file:line: why.
 */
class ReferenceDataCitationTests {

	static final Path ROOT = Path.of("src/main/resources/reference");

	/**
	 * Files other branches are re-checking; their cases are skipped here until those branches merge.
	 * The lead empties this set after merging them.
	 */
	static final Set<String> OWNED_ELSEWHERE = Set.of();

	private static final List<String> UNSAID_IN_VERIFIED = List.of("unverified", "from memory", "not checked", "assumed");

	static Stream<String> files() throws IOException {
		try (Stream<Path> walk = Files.walk(ROOT)) {
			return walk.filter(Files::isRegularFile).map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
					.filter(n -> n.endsWith(".csv") || n.endsWith(".json") || n.endsWith(".md")).sorted().toList().stream();
		}
	}

	private static Map<String, String> cache;

	static synchronized Map<String, String> contents() throws IOException {
		if (cache != null) {
			return cache;
		}
		Map<String, String> files = new TreeMap<>();
		for (String name : files().toList()) {
			files.put(name, Files.readString(ROOT.resolve(name), StandardCharsets.UTF_8));
		}
		cache = files;
		return files;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void everyFactCitesAListedSourceOrSaysWhatIsNotConfirmed(String file) throws IOException {
		assumeFalse(OWNED_ELSEWHERE.contains(file), file + " is being re-checked on another branch");
		Map<String, String> all = contents();
		Citations sources = Citations.fromCsv(new StringReader(all.get("sources.csv")));
		List<String> failures = new ArrayList<>(markers(file, all.get(file)));
		List<FactRow> rows = ReferenceRows.read(all).getOrDefault(file, List.of());
		rows.forEach(row -> failures.addAll(problems(row, sources)));
		assertThat(failures).as(file + ": " + failures.size() + " failures:\n" + String.join("\n", failures)).isEmpty();
	}

	@Test
	void everySourceHasATitleAnAddressAndAKind() throws IOException {
		String csv = Files.readString(ROOT.resolve("sources.csv"), StandardCharsets.UTF_8);
		Citations sources = Citations.fromCsv(new StringReader(csv));
		List<String> failures = new ArrayList<>();
		Citations.kinds(new StringReader(csv)).forEach((key, kind) -> {
			Citation c = sources.byKey(key).orElseThrow();
			if (!Set.of("PRIMARY", "SECONDARY").contains(kind)) {
				failures.add("sources.csv: " + key + ": kind is '" + kind + "', not PRIMARY or SECONDARY");
			}
			if (c.url() == null || !c.url().startsWith("http") || c.title().isBlank()) {
				failures.add("sources.csv: " + key + ": needs a title and an http(s) address");
			}
		});
		assertThat(failures).as(String.join("\n", failures)).isEmpty();
	}

	/** Why a fact row fails, as file:line: why (empty when it passes). */
	static List<String> problems(FactRow row, Citations sources) {
		List<String> why = new ArrayList<>();
		List<Citation> cited = sources.cite(row.source()).stream()
				.filter(c -> c.url() != null).toList();
		boolean unverified = Boolean.FALSE.equals(row.verified());
		if (cited.isEmpty() && !(unverified && !row.note().isBlank())) {
			why.add(row.where() + ": cites no source with an address, and is not unverified with a note "
					+ "saying what is not confirmed (source: '" + row.source() + "')");
		}
		String note = row.note().toLowerCase(Locale.ROOT);
		if (Boolean.TRUE.equals(row.verified())) {
			UNSAID_IN_VERIFIED.stream().filter(note::contains)
					.forEach(w -> why.add(row.where() + ": verified, but its note says '" + w + "'"));
		}
		return why;
	}

	/** Every line of a file that holds an authoring marker. */
	static List<String> markers(String file, String content) {
		List<String> why = new ArrayList<>();
		String[] lines = content.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].toLowerCase(Locale.ROOT);
			for (String marker : Citations.MARKERS) {
				if (line.contains(marker)) {
					why.add(file + ":" + (i + 1) + ": authoring marker '" + marker + "'");
				}
			}
		}
		return why;
	}
}
