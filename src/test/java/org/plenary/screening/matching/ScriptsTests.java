package org.plenary.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

/**
 * Names in every script the lists' end users write in, against the Latin forms lists carry: the
 * person matches, a father, a brother, a son or a namesake does not. The names were written from
 * general knowledge; each is first checked against ICU4J's own transliteration ({@link #icu}), so a
 * test never rests on a mistyped character. Matched against the weights of the shipped lists.
 */
class ScriptsTests {

	static final NameMatcher MATCHER = NameMatcherTests.MATCHER;

	/** ICU4J's reading of the text, as a check that the test's name is the one meant. */
	private static String icu(String text) {
		return Transliterator.getInstance("Any-Latin; Latin-ASCII").transliterate(text);
	}

	private static NameMatcher.Result compare(String a, String b) {
		return MATCHER.compare(a, b);
	}

	@Test
	void hangulInTheDprkRevisedAndMcCuneReischauerRomanisations() {
		assertThat(icu("김정은")).isEqualTo("gimjeong-eun");
		assertThat(icu("최선희")).isEqualTo("choeseonhui");
		assertThat(icu("박근혜")).isEqualTo("baggeunhye");
		NameMatcher.Result kim = compare("김정은", "Kim Jong Un");
		assertThat(kim.match()).isTrue();
		assertThat(kim.explanation()).contains("DPRK romanisation");
		assertThat(compare("김정은", "Kim Jong-un").match()).isTrue();
		assertThat(compare("최선희", "Choe Son Hui").explanation()).contains("McCune-Reischauer");
		assertThat(compare("박근혜", "Park Geun-hye").match()).isTrue();
		assertThat(compare("문재인", "Moon Jae-in").match()).isTrue();
		assertThat(compare("김정은", "Kim Jong Il").match()).as("his father").isFalse();
		assertThat(compare("김정은", "Kim Jong Nam").match()).as("his half-brother").isFalse();
		assertThat(compare("박근혜", "Park Chung-hee").match()).as("her father").isFalse();
	}

	@Test
	void twoNamesInOneScriptAreComparedAsWritten() {
		assertThat(icu("이재명")).isEqualTo("ijaemyeong");
		NameMatcher.Result same = compare("이재명", "이재명");
		assertThat(same.match()).isTrue();
		assertThat(same.explanation()).doesNotContain("read in");
		assertThat(compare("김정은", "김정일").match()).as("his father, in Hangul").isFalse();
		assertThat(compare("习近平", "习仲勋").match()).as("his father, in Han").isFalse();
	}

	@Test
	void hanSimplifiedAndTraditionalInPinyinAndWadeGiles() {
		assertThat(icu("习近平")).isEqualTo("xi jin ping");
		assertThat(icu("習近平")).isEqualTo("xi jin ping");
		assertThat(icu("毛泽东")).isEqualTo("mao ze dong");
		assertThat(compare("习近平", "Xi Jinping").explanation()).contains("pinyin");
		NameMatcher.Result wadeGiles = compare("習近平", "Hsi Chin-ping");
		assertThat(wadeGiles.match()).isTrue();
		assertThat(wadeGiles.explanation()).contains("Wade-Giles");
		assertThat(compare("毛泽东", "Mao Tse-tung").match()).isTrue();
		assertThat(compare("毛泽东", "Mao Zedong").match()).isTrue();
		assertThat(compare("习近平", "Xi Zhongxun").match()).as("his father").isFalse();
		assertThat(compare("毛泽东", "Mao Anying").match()).as("his son").isFalse();
	}

	@Test
	void arabicAndPersianWithTheVowelsListsWrite() {
		assertThat(icu("محمد جواد ظريف")).isEqualTo("mhmd jwad zryf");
		assertThat(icu("قاسم سلیمانی")).isEqualTo("qasm slymany");
		NameMatcher.Result zarif = compare("محمد جواد ظريف", "Mohammad Javad Zarif");
		assertThat(zarif.match()).isTrue();
		assertThat(zarif.explanation()).contains("Persian");
		assertThat(compare("محمد جواد ظريف", "Muhammad Jawad Zarif").match()).isTrue();
		assertThat(compare("قاسم سلیمانی", "Qassem Soleimani").match()).isTrue();
		assertThat(compare("علي خامنئي", "Ali Khamenei").match()).isTrue();
		assertThat(compare("بشار الأسد", "Bashar al-Assad").match()).isTrue();
		assertThat(compare("محمد جواد ظريف", "Mohammad Reza Zarif").match()).as("a namesake").isFalse();
		assertThat(compare("قاسم سلیمانی", "Hassan Soleimani").match()).as("a namesake").isFalse();
		assertThat(compare("علي خامنئي", "Mojtaba Khamenei").match()).as("his son").isFalse();
		assertThat(compare("بشار الأسد", "Hafez al-Assad").match()).as("his father").isFalse();
	}

	@Test
	void arabicWordsOutsideTheTableAreReadByTheirLetters() {
		assertThat(Abjad.letters("ظريف", 'a', "u")).isEqualTo("zarif");
		assertThat(compare("ظريف", "Zarif").match()).isTrue();
	}

	@Test
	void hebrew() {
		assertThat(icu("בנימין נתניהו")).isEqualTo("bnymyn ntnyhw");
		assertThat(compare("בנימין נתניהו", "Benjamin Netanyahu").match()).isTrue();
		assertThat(compare("בנימין נתניהו", "Binyamin Netanyahu").match()).isTrue();
		assertThat(compare("בנימין נתניהו", "Benzion Netanyahu").match()).as("his father").isFalse();
		assertThat(compare("בנימין נתניהו", "Yonatan Netanyahu").match()).as("his brother").isFalse();
	}

	@Test
	void ethiopic() {
		assertThat(icu("ዐቢይ አሕመድ")).contains("abiy");
		NameMatcher.Result abiy = compare("ዐቢይ አሕመድ", "Abiy Ahmed");
		assertThat(abiy.match()).isTrue();
		assertThat(abiy.explanation()).contains("Ethiopic");
		assertThat(compare("ኢሳያስ አፈወርቂ", "Isaias Afwerki").match()).isTrue();
		assertThat(compare("ሀይለማርያም ደሳለኝ", "Hailemariam Desalegn").match()).isTrue();
		assertThat(compare("ዐቢይ አሕመድ", "Ahmed Abdi").match()).as("a namesake").isFalse();
	}

	@Test
	void khmerByTheProjectsTableSinceIcuHasNone() {
		assertThat(icu("ហ៊ុន សែន")).as("ICU4J leaves Khmer as it is").isEqualTo("ហ៊ុន សែន");
		NameMatcher.Result hunSen = compare("ហ៊ុន សែន", "Hun Sen");
		assertThat(hunSen.match()).isTrue();
		assertThat(hunSen.explanation()).contains("Khmer");
		assertThat(compare("ហ៊ុន ម៉ាណែត", "Hun Manet").match()).isTrue();
		assertThat(compare("ប៉ុល ពត", "Pol Pot").match()).isTrue();
		assertThat(compare("ជា ស៊ីម", "Chea Sim").match()).isTrue();
		assertThat(compare("ហ៊ុន សែន", "Hun Manet").match()).as("his son").isFalse();
	}

	@Test
	void thai() {
		assertThat(icu("ทักษิณ ชินวัตร")).isEqualTo("thaks'in chin watr");
		NameMatcher.Result thaksin = compare("ทักษิณ ชินวัตร", "Thaksin Shinawatra");
		assertThat(thaksin.match()).isTrue();
		assertThat(thaksin.explanation()).contains("Thai");
		assertThat(compare("ทักษิณ ชินวัตร", "Yingluck Shinawatra").match()).as("his sister").isFalse();
	}

	@Test
	void aNameInLatinHasOneReadingAndNeverReachesIcu() {
		assertThat(Scripts.needsReading("Olaf Scholz")).isFalse();
		assertThat(Scripts.needsReading("Ротенберг Аркадий")).isFalse();
		assertThat(Scripts.needsReading("Ηλίας")).isFalse();
		assertThat(NameNormalizer.readings("Olaf Scholz")).singleElement().extracting(NameNormalizer.Reading::system).isNull();
		assertThat(NameNormalizer.readings("김정은")).hasSizeBetween(2, Scripts.MAX_READINGS + 1);
	}

	@Test
	void transliteratorsAreSafeOnSeveralThreads() throws Exception {
		List<String> names = List.of("习近平", "김정은", "ዐቢይ አሕመድ", "ทักษิณ ชินวัตร");
		List<String> expected = names.stream().map(n -> Scripts.readings(n).toString()).toList();
		var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
			for (int t = 0; t < 8; t++) {
				results.add(pool.submit(() -> {
					for (int i = 0; i < 200; i++) {
						int k = i % names.size();
						if (!Scripts.readings(names.get(k)).toString().equals(expected.get(k))) {
							return false;
						}
					}
					return true;
				}));
			}
			for (var r : results) {
				assertThat(r.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}
}
