package org.plenary.screening.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.plenary.shared.CsvReader;

/**
 * Reads the published screening lists in their own formats: OFAC's SDN list ({@code sdn.csv} with
 * {@code alt.csv} aliases and {@code add.csv} addresses, "-0-" for empty), BIS's Denied Persons List
 * ({@code dpl.txt}, tab-separated with a header) and the UN Security Council consolidated list
 * (XML, read by {@link UnConsolidatedList}). Each reader fails on its own file only; {@link ListLoader}
 * reports and skips it.
 */
final class PublishedLists {

	private PublishedLists() {
	}

	/** Opens a file of a list, or throws {@link IOException} naming what is missing. */
	interface Source {
		InputStream open(String file) throws IOException;
	}

	static List<ListedParty> ofacSdn(Source source) throws IOException {
		Map<String, List<String>> aliases = new HashMap<>();
		read(source, "alt.csv", ',', row -> {
			if (row.size() > 3) {
				aliases.computeIfAbsent(row.get(0).strip(), k -> new ArrayList<>()).add(value(row.get(3)));
			}
		});
		Map<String, List<String>> countries = new HashMap<>();
		read(source, "add.csv", ',', row -> {
			String country = value(row.get(4));
			if (country != null) {
				countries.computeIfAbsent(row.get(0).strip(), k -> new ArrayList<>()).add(country);
			}
		});
		List<ListedParty> parties = new ArrayList<>();
		read(source, "sdn.csv", ',', row -> {
			if (row.size() == 1 && value(row.get(0).replace("\u001a", "")) == null) {
				return;
			}
			String id = row.get(0).strip();
			String name = value(row.get(1));
			if (id.isEmpty() || name == null) {
				throw new IllegalArgumentException("an SDN row needs ent_num and SDN_Name");
			}
			String type = value(row.get(2));
			String remarks = value(row.get(11));
			java.util.Set<String> where = new java.util.LinkedHashSet<>(countries.getOrDefault(id, List.of()));
			where.addAll(remarked(remarks, NATIONALITY));
			parties.add(new ListedParty("OFAC-SDN", id, name, aliases.getOrDefault(id, List.of()).stream()
					.filter(java.util.Objects::nonNull).toList(), type == null ? "entity" : type, List.copyOf(where),
					BirthDates.readAll(remarked(remarks, DOB))));
		});
		return parties;
	}

	/** {@code DOB 14 Mar 1970} and {@code alt. DOB circa 1962} in an SDN entry's remarks. */
	private static final java.util.regex.Pattern DOB = java.util.regex.Pattern.compile("(?:^|;)\\s*(?:alt\\.\\s*)?DOB\\s+([^;]+)");

	/** {@code nationality Iran} and {@code citizen Iran} in an SDN entry's remarks. */
	private static final java.util.regex.Pattern NATIONALITY = java.util.regex.Pattern
			.compile("(?:^|;)\\s*(?:alt\\.\\s*)?(?:nationality|citizen)\\s+([^;]+)");

	/** What each remark of a kind says, its final full stop left out. */
	static List<String> remarked(String remarks, java.util.regex.Pattern kind) {
		List<String> found = new ArrayList<>();
		if (remarks != null) {
			java.util.regex.Matcher m = kind.matcher(remarks);
			while (m.find()) {
				found.add(m.group(1).strip().replaceAll("\\.$", ""));
			}
		}
		return found;
	}

	static List<ListedParty> bisDpl(Source source) throws IOException {
		Map<String, ListedParty> parties = new LinkedHashMap<>();
		boolean[] header = { true };
		read(source, "dpl.txt", '\t', row -> {
			if (header[0]) {
				header[0] = false;
				if (!row.get(0).equalsIgnoreCase("Name")) {
					throw new IllegalArgumentException("the first line must be the header (Name, Street_Address, ...)");
				}
				return;
			}
			String name = value(row.get(0));
			if (name == null) {
				throw new IllegalArgumentException("a DPL row needs a Name");
			}
			String country = value(row.get(4));
			String id = "DPL-" + row.line();
			parties.putIfAbsent(name + "|" + country, new ListedParty("BIS-DPL", id, name, List.of(), "party",
					country == null ? List.of() : List.of(country)));
		});
		return List.copyOf(parties.values());
	}

	static List<ListedParty> unConsolidated(Source source) throws IOException {
		List<ListedParty> parties;
		try (InputStream in = source.open("UN_consolidated.xml")) {
			parties = UnConsolidatedList.read(in);
		}
		catch (XMLStreamException ex) {
			throw new IOException("UN_consolidated.xml is not well-formed XML: " + ex.getMessage(), ex);
		}
		if (parties.isEmpty()) {
			throw new IOException("UN_consolidated.xml has no INDIVIDUAL or ENTITY");
		}
		return parties;
	}

	/** When the UN list was generated: its root's {@code dateGenerated}, or null. */
	static java.time.Instant unGenerated(byte[] xml) {
		String head = new String(xml, 0, Math.min(xml.length, 4096), StandardCharsets.UTF_8);
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("dateGenerated=\"([^\"]+)\"").matcher(head);
		if (!m.find()) {
			return null;
		}
		try {
			return java.time.OffsetDateTime.parse(m.group(1)).toInstant();
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * The DPL's latest {@code Last_Update} (yyyy-mm-dd), the day its newest change was published, or null.
	 * A date after tomorrow is a typing error on the list (the shipped one has 3017-08-22) and is passed over.
	 */
	static java.time.Instant dplLastUpdate(Source source) throws IOException {
		java.time.LocalDate[] latest = { null };
		java.time.LocalDate tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
		read(source, "dpl.txt", '\t', row -> {
			if (row.size() > 9) {
				try {
					java.time.LocalDate d = java.time.LocalDate.parse(row.get(9).strip());
					if (!d.isAfter(tomorrow) && (latest[0] == null || d.isAfter(latest[0]))) {
						latest[0] = d;
					}
				}
				catch (java.time.format.DateTimeParseException ex) {
					// the header, or a row without a date
				}
			}
		});
		return latest[0] == null ? null : latest[0].atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
	}

	private static void read(Source source, String file, char separator, java.util.function.Consumer<CsvReader.Row> sink)
			throws IOException {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(source.open(file), StandardCharsets.UTF_8))) {
			CsvReader csv = new CsvReader(reader, separator);
			csv.forEach(row -> {
				try {
					sink.accept(row);
				}
				catch (RuntimeException ex) {
					throw new IllegalArgumentException(file + " line " + row.line() + ": " + ex.getMessage(), ex);
				}
			});
		}
	}

	private static String value(String raw) {
		if (raw == null) {
			return null;
		}
		String v = raw.strip();
		return v.isEmpty() || v.equals("-0-") ? null : v;
	}
}
