package org.plenary.consensus.proposal;

import java.time.Clock;
import java.time.LocalDate;

import org.plenary.shared.InvalidInputException;

/** The dates a Chair or delegate gives: what has happened, so never after today. */
public final class Dates {

	private Dates() {
	}

	/** {@code date}, or today when it is absent; refused when it is after today. */
	public static LocalDate pastOrToday(LocalDate date, String field, Clock clock) {
		LocalDate today = LocalDate.now(clock);
		if (date == null) {
			return today;
		}
		if (date.isAfter(today)) {
			throw InvalidInputException.of("date-in-future", "Date in the future",
					"'" + field + "' is " + date + ", after today (" + today + "); record what has happened.");
		}
		return date;
	}
}
