package org.plenary.registry.reference;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.shared.CsvReader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fact rows of any reference file, whatever its columns: every CSV row of a file with a
 * {@code source} column, and every JSON object with a {@code source} field, with its file, line,
 * source text, verified flag (null where the file has none) and note. A CSV file's notes may live in
 * a sibling {@code NAME-notes.csv}, keyed by the first column.
 */
public final class ReferenceRows {

	private static final Pattern JSON_SOURCE = Pattern.compile("\"source\"\\s*:");
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One fact row: where it is, what it cites, whether it is verified and what its note says. */
	public record FactRow(String file, int line, String source, Boolean verified, String note) {

		public String where() {
			return file + ":" + line;
		}
	}

	private ReferenceRows() {
	}

	/** The fact rows of every file, by file name (relative to {@code reference/}), in the order given. */
	public static Map<String, List<FactRow>> read(Map<String, String> files) {
		Map<String, List<FactRow>> result = new java.util.LinkedHashMap<>();
		files.forEach((name, content) -> {
			if (name.endsWith(".json")) {
				result.put(name, json(name, content));
			}
			else if (name.endsWith(".csv") && !name.endsWith("-notes.csv") && !name.equals("sources.csv")) {
				String notes = files.get(name.replace(".csv", "-notes.csv"));
				List<FactRow> rows = csv(name, content, notes == null ? Map.of() : notes(notes));
				if (rows != null) {
					result.put(name, rows);
				}
			}
		});
		return result;
	}

	/**
	 * The facts of a CSV file with a source column, or null if it has none. A file with several facts
	 * per row names each fact's columns with a prefix ({@code npt_source}, {@code npt_verified},
	 * {@code npt_note}); each is one fact, and a fact whose columns are all blank is not there.
	 */
	static List<FactRow> csv(String file, String content, Map<String, String> siblingNotes) {
		CsvReader csv = new CsvReader(new StringReader(content));
		CsvReader.Row header = csv.next();
		List<String> columns = header == null ? List.of() : header.fields();
		List<String> prefixes = columns.stream().filter(c -> c.equals("source") || c.endsWith("_source"))
				.map(c -> c.substring(0, c.length() - "source".length())).toList();
		if (prefixes.isEmpty()) {
			return null;
		}
		List<FactRow> rows = new ArrayList<>();
		csv.forEach(r -> prefixes.forEach(prefix -> {
			FactRow row = fact(file, r, columns, prefix, siblingNotes);
			if (row != null) {
				rows.add(row);
			}
		}));
		return rows;
	}

	private static FactRow fact(String file, CsvReader.Row r, List<String> columns, String prefix, Map<String, String> siblingNotes) {
		int source = columns.indexOf(prefix + "source");
		int verified = columns.indexOf(prefix + "verified");
		int note = columns.contains(prefix + "note") ? columns.indexOf(prefix + "note") : columns.indexOf(prefix + "notes");
		String noteText = note >= 0 ? r.get(note) : prefix.isEmpty() ? siblingNotes.getOrDefault(r.get(0), "") : "";
		String flag = verified < 0 ? "" : r.get(verified).strip();
		if (!prefix.isEmpty() && r.get(source).isBlank() && flag.isEmpty() && noteText.isBlank()) {
			return null;
		}
		return new FactRow(file, r.line(), r.get(source), verified < 0 ? null : Boolean.valueOf(Boolean.parseBoolean(flag)),
				noteText);
	}

	private static Map<String, String> notes(String content) {
		Map<String, String> notes = new HashMap<>();
		CsvReader csv = new CsvReader(new StringReader(content));
		List<String> columns = csv.next().fields();
		int note = columns.contains("note") ? columns.indexOf("note") : columns.indexOf("notes");
		csv.forEach(r -> notes.put(r.get(0), r.get(note)));
		return notes;
	}

	/** Every object with a source field, in document order; its line is where its source field is. */
	static List<FactRow> json(String file, String content) {
		List<Integer> lines = new ArrayList<>();
		Matcher m = JSON_SOURCE.matcher(content);
		while (m.find()) {
			lines.add(1 + (int) content.substring(0, m.start()).chars().filter(c -> c == '\n').count());
		}
		List<FactRow> rows = new ArrayList<>();
		walk(JSON.readTree(content), file, lines, rows);
		return rows;
	}

	private static void walk(JsonNode node, String file, List<Integer> lines, List<FactRow> rows) {
		if (node.isObject()) {
			if (node.has("source")) {
				int line = rows.size() < lines.size() ? lines.get(rows.size()) : 1;
				rows.add(new FactRow(file, line, node.get("source").asString(""),
						node.has("verified") ? Boolean.valueOf(node.get("verified").asBoolean()) : null,
						node.path("note").asString("")));
			}
			node.properties().forEach(e -> walk(e.getValue(), file, lines, rows));
		}
		else if (node.isArray()) {
			node.forEach(child -> walk(child, file, lines, rows));
		}
	}
}
