package org.plenary.registry;

import java.time.LocalDate;
import java.util.List;

/** The Participating Governments of the NSG on a day, by state code in alphabetical order. */
public record Roster(LocalDate asOf, List<String> participants) {

	public boolean includes(String code) {
		return participants.contains(code);
	}

	public int size() {
		return participants.size();
	}
}
