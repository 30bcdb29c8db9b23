package org.plenary.forecast.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The scenarios shipped in {@code forecast/scenarios/}: the historical cases and a hypothetical package. */
public final class ScenarioLibrary {

	/** A shipped scenario: its file name (without .json), its JSON and the scenario read from it. */
	public record Entry(String key, JsonNode json, Scenario scenario) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ScenarioLibrary() {
	}

	/** The shipped scenarios, read once. */
	public static List<Entry> all() {
		return Holder.ENTRIES;
	}

	private static final class Holder {
		static final List<Entry> ENTRIES = read();
	}

	private static List<Entry> read() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:forecast/scenarios/*.json");
			List<Entry> entries = new ArrayList<>();
			for (Resource r : resources) {
				String text = r.getContentAsString(StandardCharsets.UTF_8);
				JsonNode node = JSON.readTree(text);
				String key = r.getFilename().replaceFirst("\\.json$", "");
				entries.add(new Entry(key, node, Scenario.read(node, LocalDate.now())));
			}
			entries.sort(Comparator.comparing(Entry::key));
			return List.copyOf(entries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static java.util.Optional<Entry> find(String key) {
		return all().stream().filter(e -> e.key().equals(key)).findFirst();
	}
}
