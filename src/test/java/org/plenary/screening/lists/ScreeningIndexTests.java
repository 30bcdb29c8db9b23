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

	/** A query in one script finds a listed name in another, both ways, and the hit says which reading matched. */
	@Test
	void namesInOtherScriptsAreFoundThroughTheirReadings() {
		ScreeningIndex index = ScreeningIndex.build(List.of(party("1", "KIM Jong Un"), party("2", "KIM Jong Il"),
				party("3", "Hun Sen"), party("4", "勝利貿易有限公司"), party("5", "محمد جواد ظريف")), MatchSettings.defaults());
		List<ScreeningIndex.Hit> kim = index.screen("김정은", 5);
		assertThat(kim).extracting(h -> h.party().entryId()).containsExactly("1");
		assertThat(kim.get(0).explanation()).contains("DPRK romanisation");
		assertThat(index.screen("ហ៊ុន សែន", 5)).extracting(h -> h.party().entryId()).containsExactly("3");
		assertThat(index.screen("Shengli Maoyi Youxian Gongsi", 5)).extracting(h -> h.party().entryId()).containsExactly("4");
		assertThat(index.screen("Mohammad Javad Zarif", 5)).extracting(h -> h.party().entryId()).containsExactly("5");
		assertThat(index.screen("Mohammad Reza Zarif", 5)).isEmpty();
	}
}
