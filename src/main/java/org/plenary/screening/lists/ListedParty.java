package org.plenary.screening.lists;

import java.util.List;

/**
 * A party on a published screening list: which list, its id there, its names, type and countries,
 * and the dates of birth the list gives for a person, as ISO text at the precision published
 * ({@code 1970}, {@code 1970-03} or {@code 1970-03-14}; several where the list is unsure).
 */
public record ListedParty(String list, String entryId, String name, List<String> aliases, String type, List<String> countries,
		List<String> birthDates) {

	public ListedParty {
		aliases = List.copyOf(aliases);
		countries = List.copyOf(countries);
		birthDates = List.copyOf(birthDates);
	}

	/** A party whose list gives no date of birth. */
	public ListedParty(String list, String entryId, String name, List<String> aliases, String type, List<String> countries) {
		this(list, entryId, name, aliases, type, countries, List.of());
	}
}
