package org.plenary.screening.lists;

import java.util.ArrayList;
import java.util.List;

import org.plenary.screening.matching.NameNormalizer;

/**
 * One list's parties with every reading of each of their names ({@link NameNormalizer#readings}):
 * the costly part of an index (a name in Chinese or Arabic script goes through ICU4J), computed once
 * per version of a list and saved ({@link SavedIndexCodec}), so that a restart or a refresh of
 * another list never computes it again. {@link ScreeningIndex} is built from these.
 */
public record ListReadings(List<ListedParty> parties, List<Name> names) {

	/** One reading of one name of a party: its number among the parties, the name as listed, and the reading. */
	public record Name(int party, String text, NameNormalizer.Reading reading) {

		List<String> tokens() {
			return reading.tokens();
		}
	}

	public ListReadings {
		parties = List.copyOf(parties);
		names = List.copyOf(names);
	}

	/** Reads every name and alias of the parties, in their order (each party's name first, then its aliases). */
	public static ListReadings of(List<ListedParty> parties) {
		List<Name> names = new ArrayList<>();
		for (int p = 0; p < parties.size(); p++) {
			ListedParty party = parties.get(p);
			for (NameNormalizer.Reading reading : NameNormalizer.readings(party.name())) {
				names.add(new Name(p, party.name(), reading));
			}
			for (String alias : party.aliases()) {
				for (NameNormalizer.Reading reading : NameNormalizer.readings(alias)) {
					names.add(new Name(p, alias, reading));
				}
			}
		}
		return new ListReadings(parties, names);
	}
}
