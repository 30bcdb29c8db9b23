package org.plenary.screening.denials;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import org.plenary.shared.ControlList;

/**
 * What the denial rules need from outside the denial: today (from the injected clock), how long a
 * denial counts from its date ({@code plenary.screening.denial-validity}, three years by default),
 * and which control-list entries were in force on a day.
 */
record DenialPolicy(Clock clock, Period validity, Entries entries) {

	/** The control lists as the Guidelines define them on a day. */
	interface Entries {

		/**
		 * Why {@code entry} cannot be named on that day (not on the list then, or a group rather than an
		 * entry, with the entries to name instead); null when it can.
		 */
		String problem(ControlList list, String entry, LocalDate on);

		/** The newest number of an entry, so that an old and a new number of one entry compare equal. */
		String current(ControlList list, String entry);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The last day a denial of {@code deniedOn} counts. */
	LocalDate validUntil(LocalDate deniedOn) {
		return deniedOn.plus(validity);
	}
}
