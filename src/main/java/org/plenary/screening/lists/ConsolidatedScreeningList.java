package org.plenary.screening.lists;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.shared.CsvReader;

/**
 * Reads the US Consolidated Screening List as trade.gov publishes it ({@code consolidated.csv}: a header row
 * {@code _id, source, entity_number, type, programs, name, title, addresses, ..., alt_names, citizenships,
 * dates_of_birth, nationalities, ...}; multi-valued cells separated by {@code ;}). Columns are found by
 * name. Each row is a party: its id is the source list's abbreviation and entity number ({@code SDN-306})
 * where it has one, else the row's {@code _id}; countries come from nationalities, citizenships and the
 * last part of each address. A row without a name is reported by its line and the others still load.
 */
final class ConsolidatedScreeningList {

	static final String FILE = "consolidated.csv";

	private static final Pattern ABBREVIATION = Pattern.compile("\\(([A-Z][A-Z0-9 -]*)\\)");

	private ConsolidatedScreeningList() {
	}

	static ListRead read(byte[] bytes) throws IOException {
		CsvReader csv = new CsvReader(CsvColumns.utf8(bytes), ',');
		CsvColumns columns = CsvColumns.of(csv.next(), FILE, List.of("_id", "source", "name", "alt_names"));
		List<ListedParty> parties = new ArrayList<>();
		List<String> rejected = new ArrayList<>();
		CsvReader.Row row;
		while ((row = csv.next()) != null) {
			if (CsvColumns.blank(row)) {
				continue;
			}
			try {
				parties.add(party(columns, row));
			}
			catch (IllegalArgumentException ex) {
				rejected.add("line " + row.line() + ": " + ex.getMessage());
			}
		}
		return new ListRead(parties, null, rejected);
	}

	private static ListedParty party(CsvColumns c, CsvReader.Row row) {
		String name = c.get(row, "name");
		if (name == null) {
			throw new IllegalArgumentException("no name");
		}
		String id = id(c, row);
		if (id == null) {
			throw new IllegalArgumentException("neither _id nor entity_number");
		}
		String type = c.get(row, "type");
		Set<String> countries = new LinkedHashSet<>(c.all(row, "nationalities", ";"));
		countries.addAll(c.all(row, "citizenships", ";"));
		for (String address : c.all(row, "addresses", ";")) {
			String last = address.substring(address.lastIndexOf(',') + 1).strip();
			if (!last.isEmpty() && last.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ' || ch == '.' || ch == '\'')) {
				countries.add(last);
			}
		}
		return new ListedParty("US-CSL", id, name, c.all(row, "alt_names", ";"),
				type == null ? "entity" : type.toLowerCase(Locale.ROOT), List.copyOf(countries),
				BirthDates.readAll(c.all(row, "dates_of_birth", ";")));
	}

	/** {@code SDN-306} for a row of a list with entity numbers, else the row's {@code _id}. */
	private static String id(CsvColumns c, CsvReader.Row row) {
		String number = c.get(row, "entity_number");
		String source = c.get(row, "source");
		if (number != null && source != null) {
			Matcher m = ABBREVIATION.matcher(source);
			if (m.find()) {
				return m.group(1).replace(' ', '-') + "-" + number;
			}
		}
		return c.get(row, "_id");
	}
}
