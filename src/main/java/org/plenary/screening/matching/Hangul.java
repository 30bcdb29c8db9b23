package org.plenary.screening.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Korean names in Hangul, in the three romanisations lists use: South Korea's Revised Romanization
 * (2000; 김정은 = gim jeong eun), McCune-Reischauer without its breves and apostrophes (kim chong un),
 * and the DPRK's own (1992; kim jong un, ri son gwon as ri son kwon), plus the family names' customary
 * spellings (Kim, Lee, Park, Choi). A syllable is split into its letters arithmetically (Unicode
 * 3.12): initial, vowel and final. A word of two to four syllables is read as a person's name, its
 * syllables written apart as the DPRK and lists write them ("Kim Jong Un"); a longer word is written
 * as one word.
 */
final class Hangul {

	private static final String[] RR_INITIAL = { "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k",
			"t", "p", "h" };
	private static final String[] MR_INITIAL = { "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch",
			"k", "t", "p", "h" };
	private static final String[] DPRK_INITIAL = { "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch",
			"kh", "th", "ph", "h" };
	private static final String[] RR_VOWEL = { "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
			"we", "wi", "yu", "eu", "ui", "i" };
	/** McCune-Reischauer and the DPRK's romanisation: ŏ and ŭ written o and u, as lists write them. */
	private static final String[] MR_VOWEL = { "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
			"we", "wi", "yu", "u", "ui", "i" };
	private static final String[] FINAL = { "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
			"p", "t", "t", "ng", "t", "t", "k", "t", "p", "t" };

	/** Family names of two syllables. */
	private static final Set<String> DOUBLE_FAMILY = Set.of("남궁", "황보", "제갈", "선우", "독고", "사공", "서문");

	/** Family names' customary spellings in the South (and Ri, Ryang for the DPRK's 리, 량). */
	private static final Map<String, String> CUSTOMARY = Map.ofEntries(Map.entry("김", "kim"), Map.entry("이", "lee"),
			Map.entry("리", "ri"), Map.entry("박", "park"), Map.entry("최", "choi"), Map.entry("정", "jung"), Map.entry("강", "kang"),
			Map.entry("조", "cho"), Map.entry("윤", "yoon"), Map.entry("장", "jang"), Map.entry("임", "lim"), Map.entry("림", "rim"),
			Map.entry("한", "han"), Map.entry("오", "oh"), Map.entry("서", "suh"), Map.entry("신", "shin"), Map.entry("권", "kwon"),
			Map.entry("황", "hwang"), Map.entry("안", "ahn"), Map.entry("송", "song"), Map.entry("류", "ryu"), Map.entry("유", "yoo"),
			Map.entry("홍", "hong"), Map.entry("전", "jeon"), Map.entry("고", "ko"), Map.entry("문", "moon"), Map.entry("양", "yang"),
			Map.entry("손", "son"), Map.entry("배", "bae"), Map.entry("백", "baek"), Map.entry("허", "heo"), Map.entry("노", "roh"),
			Map.entry("로", "ro"), Map.entry("남", "nam"), Map.entry("곽", "kwak"), Map.entry("성", "sung"), Map.entry("차", "cha"),
			Map.entry("주", "joo"), Map.entry("우", "woo"), Map.entry("구", "koo"), Map.entry("량", "ryang"), Map.entry("렴", "ryom"));

	private Hangul() {
	}

	static boolean isSyllable(char c) {
		return c >= 0xAC00 && c <= 0xD7A3;
	}

	/** The name's readings by system name, in order: Revised Romanization, McCune-Reischauer, DPRK, customary family name. */
	static Map<String, String> readings(String name) {
		Map<String, String> out = new LinkedHashMap<>();
		out.put("Hangul in Revised Romanization", read(name, RR_INITIAL, RR_VOWEL, false));
		out.put("Hangul in McCune-Reischauer", read(name, MR_INITIAL, MR_VOWEL, false));
		out.put("Hangul in the DPRK romanisation", read(name, DPRK_INITIAL, MR_VOWEL, false));
		out.put("Hangul, customary family name", read(name, RR_INITIAL, RR_VOWEL, true));
		return out;
	}

	private static String read(String name, String[] initials, String[] vowels, boolean customary) {
		String[] words = name.trim().split("\\s+");
		List<String> out = new ArrayList<>();
		for (int w = 0; w < words.length; w++) {
			String word = words[w];
			int syllables = 0;
			for (int i = 0; i < word.length(); i++) {
				syllables += isSyllable(word.charAt(i)) ? 1 : 0;
			}
			boolean person = syllables == word.length() && syllables >= 2 && syllables <= 4 && w == 0;
			boolean familyAlone = syllables == word.length() && words.length > 1 && w == 0 && syllables <= 2;
			int family = person ? (syllables >= 3 && DOUBLE_FAMILY.contains(word.substring(0, 2)) ? 2 : 1) : familyAlone ? word.length() : 0;
			StringBuilder token = new StringBuilder();
			for (int i = 0; i < word.length(); i++) {
				char c = word.charAt(i);
				if (customary && i == 0 && family == 1 && CUSTOMARY.containsKey(word.substring(0, 1))) {
					token.append(CUSTOMARY.get(word.substring(0, 1)));
				}
				else if (isSyllable(c)) {
					int s = c - 0xAC00;
					token.append(initials[s / 588]).append(vowels[(s % 588) / 28]).append(FINAL[s % 28]);
				}
				else {
					token.append(c);
				}
				if (person && i + 1 >= family) {
					out.add(token.toString());
					token.setLength(0);
				}
			}
			if (token.length() > 0) {
				out.add(token.toString());
			}
		}
		return String.join(" ", out);
	}
}
