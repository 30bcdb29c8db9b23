package org.plenary.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Given names and the short forms people go by ("Bill" for William, "Sasha" for Aleksandr), from the
 * table {@code screening/given-names.txt}, whose header gives its source.
 */
final class GivenNames {

	private static final String TABLE = "/screening/given-names.txt";

	/** Each token to every token it shares a line with. */
	private static final Map<String, Set<String>> RELATED;

	private static final int[] NONE = new int[0];

	/** Each token to the numbers of the lines it is on. */
	private static final Map<String, int[]> LINES;

	static {
		Map<String, int[]> lines = new HashMap<>();
		RELATED = load(lines);
		LINES = Map.copyOf(lines);
	}

	private GivenNames() {
	}

	/** Whether {@code a} and {@code b} are forms of one given name. */
	static boolean related(String a, String b) {
		Set<String> forms = RELATED.get(a);
		return forms != null && forms.contains(b);
	}

	/** The numbers of the table's lines {@code token} is on (one given name each); empty for a token on none. */
	static int[] lines(String token) {
		int[] found = LINES.get(token);
		return found == null ? NONE : found;
	}

	private static Map<String, Set<String>> load(Map<String, int[]> lines) {
		Map<String, Set<String>> related = new HashMap<>();
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
				String[] forms = trimmed.split("\\s+");
				for (String form : forms) {
					int[] on = lines.getOrDefault(form, NONE);
					int[] more = java.util.Arrays.copyOf(on, on.length + 1);
					more[on.length] = number;
					lines.put(form, more);
					Set<String> set = related.computeIfAbsent(form, k -> new HashSet<>());
					for (String other : forms) {
						if (!other.equals(form)) {
							set.add(other);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Set<String>> frozen = new HashMap<>();
		related.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
		return Map.copyOf(frozen);
	}
}
