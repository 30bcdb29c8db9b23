package org.plenary.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Legal forms of every major jurisdiction, abbreviated and written out; and rare words a letter apart. */
class LegalFormsTests {

	static final NameMatcher MATCHER = NameMatcherTests.MATCHER;

	@Test
	void abbreviatedAndWrittenOutAreOneForm() {
		assertThat(MATCHER.compare("Zenith Precision Tooling Ltda", "Zenith Precision Tooling Limitada").score()).isEqualTo(1.0);
		assertThat(NameNormalizer.tokens("Romashka Obshchestvo s ogranichennoy otvetstvennostyu")).containsExactly("romashka", "ooo");
		assertThat(NameNormalizer.tokens("Polimex Sp. z o.o.")).containsExactly("polimex", "spzoo");
		assertThat(NameNormalizer.tokens("Polimex Spolka z ograniczona odpowiedzialnoscia")).containsExactly("polimex", "spzoo");
		assertThat(NameNormalizer.tokens("Aselsan A.Ş.")).isEqualTo(NameNormalizer.tokens("Aselsan Anonim Şirketi"));
		assertThat(NameNormalizer.tokens("Skoda s.r.o.")).isEqualTo(NameNormalizer.tokens("Skoda spolecnost s rucenim omezenym"));
		assertThat(NameNormalizer.tokens("PT Dirgantara Indonesia")).containsExactly("pt", "dirgantara", "indonesia");
		assertThat(NameNormalizer.tokens("Dirgantara Indonesia Perseroan Terbatas")).containsExactly("dirgantara", "indonesia", "pt");
		assertThat(NameNormalizer.tokens("Petronas Sendirian Berhad")).containsExactly("petronas", "sdn", "bhd");
		assertThat(NameNormalizer.tokens("Tata Steel Private Limited")).containsExactly("tata", "steel", "pvt", "ltd");
		assertThat(NameNormalizer.tokens("Emirates Global Aluminium Public Joint Stock Company")).endsWith("pjsc");
		assertThat(NameNormalizer.tokens("Grupo Bimbo S.A. de C.V.")).endsWith("sa", "de", "cv");
		assertThat(NameNormalizer.tokens("Kaspi Tovarishchestvo s ogranichennoy otvetstvennostyu")).endsWith("too");
		assertThat(NameNormalizer.tokens("Toyota Kabushiki Kaisha")).endsWith("kk");
		assertThat(NameNormalizer.tokens("Samsung Jusik Hoesa")).endsWith("jsc");
		assertThat(NameNormalizer.tokens("Viet Cong ty co phan")).endsWith("jsc");
		for (String[] pair : new String[][] { { "Zenith Precision Tooling Ltda", "Zenith Precision Tooling Limitada" },
				{ "Aselsan A.S.", "Aselsan Anonim Sirketi" }, { "Polimex Sp. z o.o.", "Polimex Spolka z ograniczona odpowiedzialnoscia" },
				{ "Dirgantara Indonesia PT", "Dirgantara Indonesia Perseroan Terbatas" } }) {
			assertThat(MATCHER.compare(pair[0], pair[1]).match()).as(pair[0] + " / " + pair[1]).isTrue();
		}
	}

	@Test
	void formsOfDifferentKindsTellCompaniesApart() {
		assertThat(CompanyForms.kindsDiffer(NameNormalizer.tokens("Kaspi Bank SA"), NameNormalizer.tokens("Kaspi Bank Ltda"))).isTrue();
		assertThat(CompanyForms.kindsDiffer(NameNormalizer.tokens("Aselsan A.S."), NameNormalizer.tokens("Aselsan Ltd Sti"))).isTrue();
	}

	@Test
	void everyLineOfTheDataFileNamesItsKind() {
		assertThat(LegalForms.KINDS.values()).allMatch(k -> k.equals("stock") || k.equals("limited") || k.equals("other"));
		assertThat(LegalForms.KINDS).hasSizeGreaterThan(50);
	}

	/** A corpus in which "rotor" and "motor" are both rare words of listed names. */
	private static NameMatcher matcherOverCorpus() {
		List<List<String>> corpus = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			corpus.add(List.of("name" + i, "trading"));
		}
		corpus.add(List.of("rotor", "industries", "ltd"));
		corpus.add(List.of("motor", "industries", "ltd"));
		corpus.add(List.of("mohammad", "rezai"));
		corpus.add(List.of("mohammed", "rezai"));
		MatchSettings settings = MatchSettings.defaults();
		return new NameMatcher(TokenWeights.from(corpus, settings), settings);
	}

	@Test
	void rareWordsOneLetterApartAreDifferentWords() {
		NameMatcher matcher = matcherOverCorpus();
		assertThat(matcher.compare("Rotor Industries Ltd", "Motor Industries Ltd").match()).isFalse();
		assertThat(matcher.compare("Rotor", "Motor").match()).isFalse();
		assertThat(matcher.compare("Rotor Industries Ltd", "Rotro Industries Ltd").match()).as("a misspelling").isTrue();
		assertThat(matcher.compare("Rotor Industries Ltd", "Rotar Industries Ltd").match()).as("a word the lists do not use").isTrue();
		assertThat(matcher.compare("Mohammad Rezai", "Mohammed Rezai").match()).as("a transliteration variant").isTrue();
	}

	@Test
	void aCountryAddedToACompanyNameIsASubsidiary() {
		assertThat(MATCHER.compare("Banco Santander S.A.", "Banco Santander Chile S.A.").match()).isFalse();
		assertThat(MATCHER.compare("Banco Santander S.A.", "Banco Santander SA").match()).isTrue();
	}
}
