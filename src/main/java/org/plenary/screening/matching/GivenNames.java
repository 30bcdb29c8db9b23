package org.plenary.screening.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Given names and the short forms people go by ("Bill" for William, "Sasha" for Aleksandr), from the
 * table {@code screening/given-names.txt}, whose header gives its source. Each line of the table is
 * one given name; two tokens are forms of one name when they stand on a common line.
 */
final class GivenNames {

	private static final String TABLE = "/screening/given-names.txt";

	private static final int[] NONE = new int[0];

	/** Each token to the numbers of the lines it is on, in order. */
	private static final Map<String, int[]> LINES = load();

	private GivenNames() {
	}

	/** Whether {@code a} and {@code b} are forms of one given name. */
	static boolean related(String a, String b) {
		int[] la = LINES.get(a);
		if (la == null || a.equals(b)) {
			return false;
		}
		for (int line : lines(b)) {
			if (Arrays.binarySearch(la, line) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** The numbers of the table's lines {@code token} is on (one given name each); empty for a token on none. */
	static int[] lines(String token) {
		int[] found = LINES.get(token);
		return found == null ? NONE : found;
	}

	private static Map<String, int[]> load() {
		Map<String, int[]> lines = new HashMap<>();
		try (InputStream in = GivenNames.class.getResourceAsStream(TABLE)) {
			if (in == null) {
				throw new IllegalStateException(TABLE + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String trimmed = line.strip();
				number++;
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				for (String form : trimmed.split("\\s+")) {
					int[] on = lines.getOrDefault(form, NONE);
					if (on.length == 0 || on[on.length - 1] != number) {
						int[] more = Arrays.copyOf(on, on.length + 1);
						more[on.length] = number;
						lines.put(form, more);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(lines);
	}
}
