package org.plenary.shared;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days on which a fact holds: from {@code from} (inclusive) to {@code to} (exclusive). A
 * missing {@code from} means the start is not recorded, and the fact is taken to hold from the
 * earliest date asked about; a missing {@code to} means it still holds.
 */
public record DateRange(LocalDate from, LocalDate to) {

	public DateRange {
		if (from != null && to != null && to.isBefore(from)) {
			throw InvalidInputException.of("date-range", "Invalid date range",
					"A range cannot end (" + to + ") before it starts (" + from + ").");
		}
	}

	public static DateRange since(LocalDate from) {
		return new DateRange(from, null);
	}

	public static DateRange always() {
		return new DateRange(null, null);
	}

	/** Whether the fact holds on {@code day}. A one-day event (from == to) holds on that day. */
	public boolean contains(LocalDate day) {
		if (from != null && day.isBefore(from)) {
			return false;
		}
		return to == null || day.isBefore(to) || to.equals(from) && day.equals(from);
	}

	public Optional<LocalDate> start() {
		return Optional.ofNullable(from);
	}

	public Optional<LocalDate> end() {
		return Optional.ofNullable(to);
	}
}
