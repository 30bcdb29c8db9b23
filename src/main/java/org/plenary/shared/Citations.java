package org.plenary.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the source text of a reference-data row (keys of {@code reference/sources.csv} such as
 * {@code S61 | S62}, or addresses, with words around them) into the citations a reader sees, and
 * keeps authoring markers out of what is shown. Raw source text and keys never reach a page.
 */
public final class Citations {

	/** Words that belong to the authors' working notes, never to what a reader sees. */
	public static final List<String> MARKERS = List.of("nsg-domain", "design.md", "from memory", "general knowledge",
			"[u]", "[v]", "[p]", "seed situation");

	private static final Pattern TOKEN = Pattern.compile("https?://[^\\s|,;)]+|[A-Za-z0-9]+");
	private static final String UNCHECKED = "Not yet checked against a published source.";

	private final Map<String, Citation> byKey;
	private final Map<String, Citation> byUrl;

	public Citations(Map<String, Citation> byKey) {
		this.byKey = Map.copyOf(byKey);
		this.byUrl = byKey.values().stream().filter(c -> c.url() != null && !c.url().isBlank())
				.collect(Collectors.toMap(Citation::url, c -> c, (a, b) -> a));
	}

	/** The sources shipped in {@code reference/sources.csv}, read once. */
	public static Citations shipped() {
		return Shipped.INSTANCE;
	}

	/** The source with this key, if {@code sources.csv} has it. */
	public Optional<Citation> byKey(String key) {
		return Optional.ofNullable(byKey.get(key));
	}

	/** The keys of {@code sources.csv} that {@code source} names, in order, each once. */
	public List<String> keysIn(String source) {
		List<String> keys = new ArrayList<>();
		if (source != null) {
			Matcher m = TOKEN.matcher(source);
			while (m.find()) {
				if (byKey.containsKey(m.group()) && !keys.contains(m.group())) {
					keys.add(m.group());
				}
			}
		}
		return keys;
	}

	/**
	 * The citations {@code source} names: each key of {@code sources.csv}, each address (with its
	 * title where {@code sources.csv} lists it, else its host, labelled secondary unless the host is an
	 * official one such as the IAEA's, the UN's or a government's); with neither, the
	 * text itself as a title without address, unless it is an authoring note.
	 */
	public List<Citation> cite(String source) {
		if (source == null || source.isBlank()) {
			return List.of();
		}
		List<Citation> result = new ArrayList<>();
		Matcher m = TOKEN.matcher(source);
		while (m.find()) {
			Citation c = m.group().startsWith("http") ? byUrl.getOrDefault(m.group(), new Citation(host(m.group()), m.group(),
					!OFFICIAL_HOST.matcher(host(m.group())).find()))
					: byKey.get(m.group());
			if (c != null && !result.contains(c)) {
				result.add(c);
			}
		}
		if (result.isEmpty() && !hasMarker(source)) {
			result.add(new Citation(source.strip(), null, false));
		}
		return List.copyOf(result);
	}

	/** The titles of the citations, for a reader: what a row's {@code source} field shows. */
	public String describe(String source) {
		String titles = cite(source).stream().map(Citation::title).collect(Collectors.joining("; "));
		return titles.isEmpty() ? null : titles;
	}

	/** True if {@code text} holds an authoring marker ({@link #MARKERS}). */
	public static boolean hasMarker(String text) {
		String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
		return MARKERS.stream().anyMatch(lower::contains);
	}

	/**
	 * A row's note as a reader may see it: bare markers put in words ({@link #plain}); a note that still
	 * speaks of the authors' working notes is replaced by what it means for an unverified fact, and
	 * dropped for a verified one.
	 */
	public static String readerNote(String note, boolean verified) {
		String text = note == null ? "" : plain(note).strip();
		if (hasMarker(text)) {
			return verified ? null : UNCHECKED;
		}
		return text.isEmpty() ? (verified ? null : UNCHECKED) : text;
	}

	/** The text with the bare markers U, V and P in brackets said in words: not confirmed, confirmed, partly confirmed. */
	public static String plain(String text) {
		return text == null ? null : text.replace(" [U]", " (not confirmed)").replace(" [V]", " (confirmed)")
				.replace(" [P]", " (partly confirmed)").replace("[U]", "not confirmed").replace("[V]", "confirmed")
				.replace("[P]", "partly confirmed");
	}

	/**
	 * Hosts whose pages are the regime's or a government's own record: the IAEA, the UN and its
	 * treaty and disarmament offices, the CTBTO, the NSG, the EU, and government domains.
	 */
	private static final Pattern OFFICIAL_HOST = Pattern.compile("(^|\\.)(iaea\\.org|un\\.org|unoda\\.org|ctbto\\.org|"
			+ "nuclearsuppliersgroup\\.org|nsg-online\\.org|europa\\.eu|state\\.gov|gov|gov\\.[a-z]{2}|gc\\.ca|gouv\\.fr|gouvernement\\.[a-z]{2}|"
			+ "admin\\.ch|go\\.jp|mfa\\.[a-z.]+)$");

	private static String host(String url) {
		String rest = url.replaceFirst("^https?://", "");
		int slash = rest.indexOf('/');
		return (slash < 0 ? rest : rest.substring(0, slash)).replaceFirst("^www\\.", "");
	}

	/** Reads a sources file (key, title, url, kind); kind SECONDARY marks a secondary source. */
	public static Citations fromCsv(Reader in) {
		Map<String, Citation> byKey = new LinkedHashMap<>();
		CsvReader csv = new CsvReader(in);
		csv.next();
		csv.forEach(r -> byKey.put(r.get(0), new Citation(r.get(1), r.get(2).isBlank() ? null : r.get(2),
				"SECONDARY".equals(r.get(3).strip()))));
		return new Citations(byKey);
	}

	/** The kind of each key as written in the sources file: PRIMARY, SECONDARY, or anything else found. */
	public static Map<String, String> kinds(Reader in) {
		Map<String, String> kinds = new LinkedHashMap<>();
		CsvReader csv = new CsvReader(in);
		csv.next();
		csv.forEach(r -> kinds.put(r.get(0), r.get(3).strip()));
		return kinds;
	}

	private static final class Shipped {

		static final Citations INSTANCE = load();

		private static Citations load() {
			try (InputStream in = Citations.class.getClassLoader().getResourceAsStream("reference/sources.csv")) {
				return in == null ? new Citations(Map.of()) : fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}
}
