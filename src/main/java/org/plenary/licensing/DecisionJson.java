package org.plenary.licensing;

import java.time.LocalDate;

/**
 * The batch path's JSON without Jackson's per-call machinery: a decision without denial matches
 * written straight into a string builder, and an ISO date read without the formatter. Each gives
 * exactly what the library gives ({@code TransferJsonFastPathTests} compares them).
 */
final class DecisionJson {

	private DecisionJson() {
	}

	/**
	 * The decision as one line of JSON. Without denial matches (nearly every decision of a batch) it is
	 * written straight into a string builder, escaping as Jackson does (quote and backslash with a
	 * backslash, the control characters b, t, n, f, r by letter and the others as a 4-digit upper-case
	 * hex escape, everything else as is),
	 * byte for byte what the generator writes, without a generator, context and buffers per decision.
	 */
	static String write(TransferDecision d) {
		StringBuilder b = new StringBuilder(256 + 384 * d.reasons().size());
		b.append("{\"id\":");
		string(b, d.id());
		b.append(",\"outcome\":");
		string(b, d.outcome().name());
		b.append(",\"conditions\":[");
		boolean first = true;
		for (Condition c : d.conditions()) {
			if (!first) {
				b.append(',');
			}
			first = false;
			string(b, c.name());
		}
		b.append("],\"reasons\":[");
		first = true;
		for (Reason r : d.reasons()) {
			b.append(first ? "{\"code\":" : ",{\"code\":");
			first = false;
			string(b, r.code());
			b.append(",\"ref\":");
			string(b, r.ref());
			b.append(",\"text\":");
			string(b, r.text());
			if (r.refNote() != null) {
				b.append(",\"refNote\":");
				string(b, r.refNote());
			}
			b.append('}');
		}
		return b.append("],\"denialMatches\":[]}").toString();
	}

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	/** A JSON string (or {@code null}) escaped as Jackson's generator escapes it by default. */
	static void string(StringBuilder b, String s) {
		if (s == null) {
			b.append("null");
			return;
		}
		b.append('"');
		int length = s.length();
		int start = 0;
		while (start < length && clean(s.charAt(start))) {
			start++;
		}
		if (start == length) {
			b.append(s).append('"'); // nothing to escape: one bulk copy
			return;
		}
		b.append(s, 0, start);
		for (int i = start; i < length; i++) {
			char c = s.charAt(i);
			if (clean(c)) {
				continue;
			}
			b.append(s, start, i);
			start = i + 1;
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\b' -> b.append("\\b");
				case '\t' -> b.append("\\t");
				case '\n' -> b.append("\\n");
				case '\f' -> b.append("\\f");
				case '\r' -> b.append("\\r");
				default -> b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
			}
		}
		b.append(s, start, length).append('"');
	}

	private static boolean clean(char c) {
		return c >= 0x20 && c != '"' && c != '\\';
	}

	/**
	 * A date as {@link LocalDate#parse} reads it; {@code YYYY-MM-DD} with a four-digit year is read
	 * directly (the formatter allocates a dozen objects a date), anything else, or a day that does
	 * not exist, goes through the formatter for its answer or its error.
	 */
	static LocalDate isoDate(String value) {
		if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
			int year = digits(value, 0, 4);
			int month = digits(value, 5, 7);
			int day = digits(value, 8, 10);
			if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
				try {
					return LocalDate.of(year, month, day);
				}
				catch (java.time.DateTimeException ex) {
					// a day the month does not have (2021-02-29): the formatter's error says so
				}
			}
		}
		return LocalDate.parse(value);
	}

	/** The number the ASCII digits from {@code from} to {@code to} write; -1 when one is not a digit. */
	private static int digits(String value, int from, int to) {
		int n = 0;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			n = n * 10 + (c - '0');
		}
		return n;
	}

}
