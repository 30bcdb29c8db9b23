package org.plenary.screening.lists;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.shared.CsvReader;

/**
 * Reads the UK Sanctions List as the FCDO publishes it in CSV ({@code UK-Sanctions-List.csv}): a first
 * line {@code Report Date: 21-Sep-2026} (the publication date), then a header row ({@code Last Updated,
 * Unique ID, OFSI Group ID, UN Reference Number, Name 6, Name 1, ..., Name 5, Name type, Alias strength,
 * Title, Name non-latin script, ..., Designation Type, ..., Address Country, ..., D.O.B,
 * Nationality(/ies), ...}), one row per name of a designation. Rows are gathered by {@code Unique ID}:
 * the {@code Primary name} row gives the name (Name 1 to 5, then Name 6, the family or organisation
 * name), the others and the non-Latin names are aliases; dates of birth ({@code dd/mm/yyyy}, with
 * {@code dd} or {@code mm} where unknown) and countries are gathered from every row. A row without an id
 * or a name is reported by its line and the others still load.
 */
final class UkSanctionsList {

	static final String FILE = "UK-Sanctions-List.csv";

	private static final Pattern REPORT_DATE = Pattern.compile("(?i)report date:?\\s*(.+)");

	private static final DateTimeFormatter DAY_MON_YEAR = new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern("d-MMM-uuuu").toFormatter(Locale.ENGLISH);

	private UkSanctionsList() {
	}

	static ListRead read(byte[] bytes) throws IOException {
		CsvReader csv = new CsvReader(CsvColumns.utf8(bytes), ',');
		CsvReader.Row first = csv.next();
		Instant published = null;
		if (first != null) {
			Matcher m = REPORT_DATE.matcher(first.get(0).strip());
			if (m.matches()) {
				published = reportDate(m.group(1).strip());
				first = csv.next();
			}
		}
		CsvColumns columns = CsvColumns.of(first, FILE, List.of("Unique ID", "Name 6", "Name type", "Designation Type"));
		Map<String, Designation> designations = new LinkedHashMap<>();
		List<String> rejected = new ArrayList<>();
		CsvReader.Row row;
		while ((row = csv.next()) != null) {
			if (CsvColumns.blank(row)) {
				continue;
			}
			String id = columns.get(row, "Unique ID");
			String name = name(columns, row);
			String nonLatin = columns.get(row, "Name non-latin script");
			if (id == null || (name == null && nonLatin == null)) {
				rejected.add("line " + row.line() + ": " + (id == null ? "no Unique ID" : "no name (Name 1 to Name 6 are empty)"));
				continue;
			}
			designations.computeIfAbsent(id, Designation::new).add(columns, row, name, nonLatin);
		}
		return new ListRead(designations.values().stream().map(Designation::party).toList(), published, rejected);
	}

	/** Name 1 to Name 5 then Name 6, as the FCDO orders them (Name 6 is the family or organisation name). */
	private static String name(CsvColumns c, CsvReader.Row row) {
		List<String> parts = new ArrayList<>();
		for (String column : List.of("Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6")) {
			String part = c.get(row, column);
			if (part != null) {
				parts.add(part);
			}
		}
		return parts.isEmpty() ? null : String.join(" ", parts);
	}

	/** {@code 21-Sep-2026} (also {@code 21/09/2026} or {@code 2026-09-21}) as midnight UTC, or null when it is none of these. */
	static Instant reportDate(String text) {
		for (DateTimeFormatter f : List.of(DAY_MON_YEAR, DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ISO_LOCAL_DATE)) {
			try {
				return LocalDate.parse(text.replaceAll("[,\\s].*$", ""), f).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException ex) {
				// the next form
			}
		}
		return null;
	}

	/** One designation as its rows are read. */
	private static final class Designation {

		final String id;
		String primary;
		String type;
		final Set<String> names = new LinkedHashSet<>();
		final Set<String> countries = new LinkedHashSet<>();
		final List<String> births = new ArrayList<>();

		Designation(String id) {
			this.id = id;
		}

		void add(CsvColumns c, CsvReader.Row row, String name, String nonLatin) {
			String nameType = c.get(row, "Name type");
			if (name != null && primary == null && nameType != null && nameType.equalsIgnoreCase("Primary name")) {
				primary = name;
			}
			if (name != null) {
				names.add(name);
			}
			if (nonLatin != null) {
				names.add(nonLatin);
			}
			if (type == null) {
				type = c.get(row, "Designation Type");
			}
			// A cell may hold several values; numbered ones "(1) Iran (2) Iraq" as on OFSI's list are split too.
			for (String column : List.of("Nationality(/ies)", "Address Country")) {
				countries.addAll(CsvColumns.split(c.get(row, column), "\\s*\\(\\d+\\)\\s*|[|;]"));
			}
			births.addAll(c.all(row, "D.O.B", "\\s*\\(\\d+\\)\\s*|[|;]"));
		}

		ListedParty party() {
			String name = primary != null ? primary : names.iterator().next();
			List<String> aliases = names.stream().filter(n -> !n.equals(name)).toList();
			return new ListedParty("UK", id, name, aliases, type == null ? "entity" : type.toLowerCase(Locale.ROOT),
					List.copyOf(countries), BirthDates.readAll(births));
		}
	}
}
