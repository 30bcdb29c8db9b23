package org.plenary.screening.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth at the precision given: a year ({@code 1970}), a month ({@code 1970-03}) or a day
 * ({@code 1970-03-14}); {@code circa} when a list says it is approximate (ISO 8601-2's {@code 1970~},
 * or "circa 1970", "c. 1970", "approximately 1970"). {@code month} and {@code day} are 0 when not given.
 */
public record BirthDate(int year, int month, int day, boolean circa) {

	private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
	private static final Pattern CIRCA = Pattern.compile("(?:circa|approximately|approx\\.?|about|ca\\.?|c\\.)\\s*(.+)");

	/** How the date a request gives compares with one a list gives. */
	enum Outcome {
		/** Equal at the precision both give. */
		AGREES,
		/** Not equal, but not clearly another date: the same year, or a year apart where the list gives only a year or says circa. */
		CLOSE,
		/** Another year (more than one year apart where the list gives only a year or says circa). */
		DIFFERS
	}

	/**
	 * The date a request gives, as {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}, a real date no
	 * later than {@code today}; throws {@link IllegalArgumentException} saying what is wrong.
	 */
	public static BirthDate given(String text, LocalDate today) {
		Matcher m = ISO.matcher(text == null ? "" : text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("must be a date of birth as yyyy, yyyy-mm or yyyy-mm-dd (1970, 1970-03 or 1970-03-14)");
		}
		BirthDate date;
		try {
			date = of(m, false);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("is not a date on the calendar; give it as yyyy, yyyy-mm or yyyy-mm-dd");
		}
		if (date.year() < 1850 || date.earliest().isAfter(today)) {
			throw new IllegalArgumentException("must be a date of birth between 1850 and today");
		}
		return date;
	}

	/** A date as a list gives it ({@code 1970-03-14}, {@code 1970~}, "circa 1970"); empty when it is not one. */
	public static Optional<BirthDate> listed(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip().toLowerCase(Locale.ROOT);
		boolean circa = t.endsWith("~");
		t = circa ? t.substring(0, t.length() - 1).strip() : t;
		Matcher c = CIRCA.matcher(t);
		if (c.matches()) {
			circa = true;
			t = c.group(1).strip();
		}
		Matcher m = ISO.matcher(t);
		try {
			return m.matches() ? Optional.of(of(m, circa)) : Optional.empty();
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static BirthDate of(Matcher m, boolean circa) {
		int year = Integer.parseInt(m.group(1));
		int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
		int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
		if ((m.group(2) != null && month == 0) || (m.group(3) != null && day == 0)) {
			throw new DateTimeException("month or day 00");
		}
		BirthDate date = new BirthDate(year, month, day, circa);
		date.earliest(); // checks the month and the day
		return date;
	}

	/** 1 for a year, 2 for a month, 3 for a day. */
	public int precision() {
		return day > 0 ? 3 : month > 0 ? 2 : 1;
	}

	private LocalDate earliest() {
		return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
	}

	/** How this date (a request's) compares with {@code listed}, at the precision both give. */
	Outcome against(BirthDate listed) {
		int years = Math.abs(year - listed.year());
		int both = Math.min(precision(), listed.precision());
		if (years > (listed.circa() || listed.precision() == 1 ? 1 : 0)) {
			return Outcome.DIFFERS;
		}
		boolean equal = years == 0 && (both < 2 || month == listed.month()) && (both < 3 || day == listed.day());
		return equal ? Outcome.AGREES : Outcome.CLOSE;
	}

	/** As given: {@code 1970}, {@code 1970-03} or {@code 1970-03-14}, with "circa" before it when approximate. */
	@Override
	public String toString() {
		String iso = String.format(Locale.ROOT, "%04d", year) + (month > 0 ? String.format(Locale.ROOT, "-%02d", month) : "")
				+ (day > 0 ? String.format(Locale.ROOT, "-%02d", day) : "");
		return circa ? "circa " + iso : iso;
	}
}
