package org.plenary.screening.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plenary.shared.CsvReader;

/**
 * The columns of a published CSV list, found by the names in its header row (the publishers add and move
 * columns; names are matched without regard to case or surrounding spaces), and the helpers the CSV
 * readers share: a UTF-8 reader that skips a byte order mark, and multi-valued cells.
 */
final class CsvColumns {

	private final Map<String, Integer> index;

	private CsvColumns(Map<String, Integer> index) {
		this.index = index;
	}

	/** The columns of {@code header}; an {@link IOException} naming the file and the columns missing when it lacks one of {@code required}. */
	static CsvColumns of(CsvReader.Row header, String file, List<String> required) throws IOException {
		Map<String, Integer> index = new HashMap<>();
		if (header != null) {
			for (int i = 0; i < header.size(); i++) {
				index.putIfAbsent(key(header.get(i)), i);
			}
		}
		List<String> missing = required.stream().filter(c -> !index.containsKey(key(c))).toList();
		if (!missing.isEmpty()) {
			throw new IOException(file + (header == null ? " is empty" : " line " + header.line()
					+ " is not the header row: it lacks the column(s) " + missing) + "; is this the published file?");
		}
		return new CsvColumns(index);
	}

	/** The cell of {@code column} in {@code row}, stripped, or null when it is empty or the column is absent. */
	String get(CsvReader.Row row, String column) {
		Integer i = index.get(key(column));
		if (i == null || i >= row.size()) {
			return null;
		}
		String v = row.get(i).strip();
		return v.isEmpty() ? null : v;
	}

	/** The values of a multi-valued cell, split at {@code separators} (a regular expression), stripped, empty ones left out. */
	List<String> all(CsvReader.Row row, String column, String separators) {
		return split(get(row, column), separators);
	}

	static List<String> split(String cell, String separators) {
		List<String> values = new ArrayList<>();
		if (cell != null) {
			for (String v : cell.split(separators)) {
				if (!v.isBlank()) {
					values.add(v.strip());
				}
			}
		}
		return values;
	}

	/** Whether every cell of the row is empty (a trailing blank line, or DOS end-of-file). */
	static boolean blank(CsvReader.Row row) {
		return row.fields().stream().allMatch(f -> f.replace("\u001a", "").isBlank());
	}

	/** A UTF-8 reader of the bytes that skips a leading byte order mark, as spreadsheet exports write one. */
	static Reader utf8(byte[] bytes) {
		int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		return new InputStreamReader(new ByteArrayInputStream(bytes, skip, bytes.length - skip), StandardCharsets.UTF_8);
	}

	private static String key(String column) {
		return column.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
	}
}
