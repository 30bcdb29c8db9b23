package org.plenary.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * How precisely a fact's start date is known. Sources often give only a year ("NSG 1994"); such a
 * date is stored as 1 January of that year for as-of queries and shown as the year alone.
 */
public enum Precision {

	DAY, MONTH, YEAR, UNKNOWN;

	/** A parsed date and its precision, from {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or blank. */
	public record Dated(LocalDate date, Precision precision) {
	}

	public static Dated parse(String text) {
		String value = text == null ? "" : text.strip();
		try {
			return switch (value.length()) {
				case 0 -> new Dated(null, UNKNOWN);
				case 4 -> new Dated(LocalDate.of(Integer.parseInt(value), 1, 1), YEAR);
				case 7 -> new Dated(LocalDate.parse(value + "-01"), MONTH);
				default -> new Dated(LocalDate.parse(value), DAY);
			};
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + value + "'", ex);
		}
	}

	/** Renders a date at this precision: "1994", "2016-06", "2016-06-27" or "not recorded". */
	public String render(LocalDate date) {
		if (date == null || this == UNKNOWN) {
			return "not recorded";
		}
		return switch (this) {
			case YEAR -> String.valueOf(date.getYear());
			case MONTH -> date.toString().substring(0, 7);
			default -> date.toString();
		};
	}
}
