package org.plenary.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.screening.matching.MatchSettings;
import org.plenary.screening.matching.NameKeys;
import org.plenary.screening.matching.NameNormalizer;

/** Candidates are found through the index, including names that share no word with the query. */
class ScreeningIndexTests {

	private static ListedParty party(String id, String name) {
		return new ListedParty("TEST", id, name, List.of(), "Individual", List.of());
	}

	private static List<String> keys(String name) {
		return NameKeys.keysOf(NameNormalizer.tokens(name));
	}

	@Test
	void aWadeGilesQueryFindsThePinyinEntryItSharesNoWordWith() {
		ScreeningIndex index = ScreeningIndex.build(List.of(party("1", "Xi Jinping"), party("2", "Xi Jinhua"),
				party("3", "Li Keqiang")), MatchSettings.defaults());
		assertThat(index.screen("Hsi Chin-ping", 5)).extracting(h -> h.party().entryId()).containsExactly("1");
		assertThat(keys("Mao Tse-tung")).containsAnyElementsOf(keys("Mao Zedong"));
		// A name that cannot be read as Chinese syllables gets no syllable key.
		assertThat(keys("Vladimir Putin")).noneMatch(k -> k.startsWith("#"));
	}

	@Test
	void aShortGivenNameRanksItsFullFormFirstAmongNamesakes() {
		List<ListedParty> parties = new ArrayList<>();
		String[] given = { "Boris", "Dmitry", "Pavel", "Oleg", "Igor", "Yuri", "Ivan", "Petr", "Anton", "Roman", "Denis", "Maxim",
				"Artem", "Kirill", "Stepan", "Fedor", "Gleb", "Lev", "Timur", "Ilya", "Ruslan", "Vadim", "Vitaly", "Egor", "Marat",
				"Arkady", "Gennady", "Semyon", "Taras", "Zakhar" };
		for (int i = 0; i < given.length; i++) {
			parties.add(party("n" + i, given[i] + " Ivanov"));
		}
		parties.add(party("target", "Aleksandr Ivanov"));
		ScreeningIndex index = ScreeningIndex.build(parties, MatchSettings.defaults());
		assertThat(parties.size()).isGreaterThan(ScreeningIndex.RESCORED);
		List<ScreeningIndex.Hit> hits = index.screen("Sasha Ivanov", 3);
		assertThat(hits).first().satisfies(h -> {
			assertThat(h.party().entryId()).isEqualTo("target");
			assertThat(h.explanation()).contains("sasha~aleksandr");
		});
	}

	@Test
	void aWordSplitByAStraySpaceFindsTheWholeWord() {
		assertThat(keys("Patr ushev")).contains("patrushev");
		assertThat(keys("Nikolai Patrushev")).contains("nikolaipatrushev");
		ScreeningIndex index = ScreeningIndex.build(List.of(party("1", "PATRUSHEV"), party("2", "USHEV TRADING")),
				MatchSettings.defaults());
		assertThat(index.screen("Patr ushev", 5)).extracting(h -> h.party().entryId()).first().isEqualTo("1");
	}
}
