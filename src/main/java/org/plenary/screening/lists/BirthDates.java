package org.plenary.screening.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth as the lists write them, brought to ISO text at the precision published: {@code 1970},
 * {@code 1970-03} or {@code 1970-03-14}, with ISO 8601-2's {@code ~} after a date the list says is approximate
 * ({@code circa 1970} gives {@code 1970~}). Reads {@code 14 Mar 1970}, {@code Mar 1970}, {@code 1970},
 * {@code 1970-03-14}, {@code 14/03/1970} (with {@code dd} or {@code mm} where the day or month is unknown,
 * as the UK list writes it), {@code circa 1970}, and ranges ({@code 1962 to 1964}, {@code 01 Jan 1962 to
 * 31 Dec 1964}), of which each year is kept. What it cannot read gives nothing.
 */
final class BirthDates {

	/** A range longer than this many years says nothing useful about a person and is passed over. */
	static final int MAX_RANGE_YEARS = 20;

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
			Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

	private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

	private static final Pattern WORDS = Pattern.compile("(?:(\\d{1,2}) )?([A-Za-z]{3})[a-z]*\\.? (\\d{4})");

	private static final Pattern SLASHED = Pattern.compile("(\\d{1,2}|dd)/(\\d{1,2}|mm)/(\\d{4})", Pattern.CASE_INSENSITIVE);

	private static final Pattern RANGE = Pattern.compile("(.+?)\\s*(?: to |–| - |(?<=^\\d{4})-(?=\\d{4}$))\\s*(.+)");

	private BirthDates() {
	}

	/** The dates one written date of birth gives: one, several for a range, none when it is not a date. */
	static List<String> read(String written) {
		if (written == null) {
			return List.of();
		}
		String stripped = written.strip().replaceAll("\\.$", "");
		String text = stripped.replaceAll("(?i)^(circa|c\\.|approximately|about|ca\\.)\\s*", "").strip();
		if (text.isEmpty()) {
			return List.of();
		}
		String single = one(text);
		if (single != null) {
			// ISO 8601-2's "approximate": the matcher allows a year either side of it.
			return List.of(text.length() < stripped.length() ? single + "~" : single);
		}
		Matcher range = RANGE.matcher(text);
		if (range.matches()) {
			String from = one(range.group(1).strip());
			String to = one(range.group(2).strip());
			if (from != null && to != null) {
				return years(Integer.parseInt(from.substring(0, 4)), Integer.parseInt(to.substring(0, 4)));
			}
		}
		return List.of();
	}

	/** Each date of several written ones, in order, without repeats. */
	static List<String> readAll(Iterable<String> written) {
		Set<String> dates = new LinkedHashSet<>();
		for (String w : written) {
			dates.addAll(read(w));
		}
		return List.copyOf(dates);
	}

	/** Each year from {@code from} to {@code to}, or none when the range is backwards or too long to mean anything. */
	static List<String> years(int from, int to) {
		if (to < from || to - from > MAX_RANGE_YEARS) {
			return List.of();
		}
		List<String> years = new ArrayList<>();
		for (int y = from; y <= to; y++) {
			years.add(Integer.toString(y));
		}
		return years;
	}

	/** The ISO text of one year, month of a year, or day, or null. */
	static String iso(Integer year, Integer month, Integer day) {
		if (year == null || year < 1800 || year > 2100) {
			return null;
		}
		if (month == null || month < 1 || month > 12) {
			return Integer.toString(year);
		}
		String ym = "%04d-%02d".formatted(year, month);
		if (day == null || day < 1 || day > 31) {
			return ym;
		}
		try {
			return java.time.LocalDate.of(year, month, day).toString();
		}
		catch (java.time.DateTimeException ex) {
			return ym;
		}
	}

	private static String one(String text) {
		Matcher m = ISO.matcher(text);
		if (m.matches()) {
			return iso(Integer.parseInt(m.group(1)), number(m.group(2)), number(m.group(3)));
		}
		m = WORDS.matcher(text);
		if (m.matches()) {
			Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
			return month == null ? null : iso(Integer.parseInt(m.group(3)), month, number(m.group(1)));
		}
		m = SLASHED.matcher(text);
		if (m.matches()) {
			Integer month = number(m.group(2));
			return iso(Integer.parseInt(m.group(3)), month, month == null ? null : number(m.group(1)));
		}
		return null;
	}

	private static Integer number(String digits) {
		return digits == null || !digits.chars().allMatch(Character::isDigit) ? null : Integer.parseInt(digits);
	}
}
