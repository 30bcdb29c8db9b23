package org.plenary.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The days a request may name: from 1968-07-01, the day the NPT opened for signature (nothing Plenary
 * records is older, and the map starts there), to 2099-12-31. A date outside is refused as a 400
 * naming the field; a module may ask for more (a proposal is tabled on a day with a roster).
 */
public final class Dates {

	public static final LocalDate EARLIEST = LocalDate.of(1968, 7, 1);

	public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

	/** How the range reads in an error: "from 1968-07-01 to 2099-12-31". */
	public static final String RANGE = "from " + EARLIEST + " to " + LATEST;

	private static final Instant FIRST_INSTANT = EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();

	private static final Instant END_INSTANT = LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

	private Dates() {
	}

	public static boolean allowed(LocalDate date) {
		return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
	}

	public static boolean allowed(Instant instant) {
		return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
	}

	/** Refuses a date outside the range, naming the field; returns it otherwise (null stays null). */
	public static LocalDate require(LocalDate date, String field) {
		if (date != null && !allowed(date)) {
			throw InvalidFieldsException.of(field, "must be a date " + RANGE + "; got " + date);
		}
		return date;
	}
}
