package org.plenary.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

import org.plenary.shared.CsvReader;

/**
 * The reference dataset shipped in {@code src/main/resources/reference/}, parsed. The baseline of
 * every state's NPT status, safeguards agreement and Additional Protocol comes from
 * {@code states/npt-safeguards.csv}; {@code states/profiles.csv} adds dated facts for the PGs and the
 * states of interest, and where it has facts of a kind for a state they replace the baseline's.
 * A malformed row fails the load with its file and line: shipped data must be right.
 */
record ReferenceData(int version, List<State> states, List<StateFact> facts, List<Participation> participations,
		List<Observer> observers, List<Chair> chairs, Map<String, SourceLink> sources) {

	static final String ORIGIN = "REFERENCE";
	private static final String ROOT = "reference/";
	private static final Set<String> NON_UN_MEMBERS = Set.of("VA", "PS");

	/** A fact with the state it belongs to. */
	record StateFact(String state, Fact fact) {
	}

	static ReferenceData load() {
		Properties dataset = new Properties();
		try (InputStream in = open("dataset.properties")) {
			dataset.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<State> states = new ArrayList<>();
		List<StateFact> baseline = new ArrayList<>();
		Map<String, String> notes = readNotes();
		read("states/npt-safeguards.csv", row -> {
			String code = row.get(0);
			states.add(new State(code, row.get(1), !NON_UN_MEMBERS.contains(code)));
			baseline.addAll(BaselineRow.facts(row, notes.getOrDefault(code, "")));
		});
		List<StateFact> profiles = new ArrayList<>();
		read("states/profiles.csv", row -> profiles.add(new StateFact(row.get(0), new Fact(FactKind.valueOf(row.get(1)),
				row.get(2), date(row.get(3)).date(), date(row.get(4)).date(), date(row.get(3)).precision(), row.get(5),
				List.of(), Boolean.parseBoolean(row.get(6)), blankToNull(row.get(7)), ORIGIN))));
		return new ReferenceData(Integer.parseInt(dataset.getProperty("version").strip()), states,
				merge(baseline, profiles), readParticipants(), readObservers(), readChairs(), readSources());
	}

	private static List<StateFact> merge(List<StateFact> baseline, List<StateFact> profiles) {
		Set<String> overridden = new HashSet<>();
		profiles.forEach(f -> overridden.add(f.state() + "/" + f.fact().kind()));
		List<StateFact> merged = new ArrayList<>();
		baseline.stream().filter(f -> !overridden.contains(f.state() + "/" + f.fact().kind())).forEach(merged::add);
		merged.addAll(profiles);
		return merged;
	}

	private static List<Participation> readParticipants() {
		List<Participation> result = new ArrayList<>();
		read("nsg/participants.csv", row -> {
			Precision.Dated since = date(row.get(1));
			result.add(new Participation(row.get(0), "NSG", since.date(), null, since.precision(), row.get(2), List.of(),
					Boolean.parseBoolean(row.get(3)), blankToNull(row.get(4)), ORIGIN));
		});
		return result;
	}

	private static List<Observer> readObservers() {
		List<Observer> result = new ArrayList<>();
		read("nsg/observers.csv", row -> result.add(new Observer(row.get(0), blankToNull(row.get(1)), row.get(2),
				Boolean.parseBoolean(row.get(3)), blankToNull(row.get(4)))));
		return result;
	}

	private static List<Chair> readChairs() {
		List<Chair> result = new ArrayList<>();
		read("nsg/chairs.csv", row -> result.add(new Chair(row.get(0), row.get(1), blankToNull(row.get(2)),
				blankToNull(row.get(3)), row.get(4), Boolean.parseBoolean(row.get(5)))));
		return result;
	}

	private static Map<String, SourceLink> readSources() {
		Map<String, SourceLink> result = new LinkedHashMap<>();
		read("sources.csv", row -> result.put(row.get(0), new SourceLink(row.get(0), row.get(1), row.get(2))));
		return result;
	}

	private static Map<String, String> readNotes() {
		Map<String, String> notes = new HashMap<>();
		read("states/npt-safeguards-notes.csv", row -> notes.put(row.get(0), row.get(2)));
		return notes;
	}

	static Precision.Dated date(String text) {
		return Precision.parse(text);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Reads a CSV file of the dataset, skipping its header; a bad row fails with file and line. */
	private static void read(String file, Consumer<CsvReader.Row> sink) {
		try (InputStreamReader reader = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
			CsvReader csv = new CsvReader(reader);
			csv.next();
			csv.forEach(row -> {
				try {
					sink.accept(row);
				}
				catch (RuntimeException ex) {
					throw new IllegalStateException("reference/" + file + " line " + row.line() + ": " + ex.getMessage(), ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream open(String file) {
		InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(ROOT + file);
		if (in == null) {
			throw new IllegalStateException("reference data file missing from the classpath: " + ROOT + file);
		}
		return in;
	}
}
