package org.plenary.screening.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The matcher's shipped tables ({@code screening/*.txt}): one row a line, fields separated by
 * {@code |}, blank lines and {@code #} comments skipped. A table that is missing, unreadable or has a
 * row with too few or too many fields stops the class that reads it, naming the file and the row.
 */
final class DataTable {

	private DataTable() {
	}

	/** The rows of {@code /screening/<file>}, each with {@code min} to {@code max} fields; {@code form} names them. */
	static List<String[]> rows(String file, int min, int max, String form) {
		List<String[]> rows = new ArrayList<>();
		String path = "screening/" + file;
		try (InputStream stream = DataTable.class.getResourceAsStream("/" + path)) {
			if (stream == null) {
				throw new IllegalStateException(path + " is missing");
			}
			BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
			String line;
			while ((line = in.readLine()) != null) {
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\\s*\\|\\s*");
				if (f.length < min || f.length > max) {
					throw new IllegalStateException(path + ": not '" + form + "': " + line);
				}
				rows.add(f);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(path + " is unreadable", ex);
		}
		return rows;
	}
}
