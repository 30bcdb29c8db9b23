package org.plenary.screening.matching;

/**
 * Japanese katakana and hiragana to Latin letters (modified Hepburn): the syllables, the small ya, yu and
 * yo that join the syllable before ("kya", "sha"), the small vowels of foreign words ("fa", "ti"), the
 * small tsu that doubles the next consonant, and the long-vowel mark, which is dropped as most
 * romanised names drop it. "バラク・オバマ" reads "baraku obama".
 */
final class Kana {

	/** Katakana U+30A1 to U+30FA, in code-point order; "" for the marks handled on their own. */
	private static final String[] KATAKANA = { "a", "a", "i", "i", "u", "u", "e", "e", "o", "o", "ka", "ga", "ki", "gi", "ku", "gu",
			"ke", "ge", "ko", "go", "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo", "ta", "da", "chi", "ji", "", "tsu",
			"zu", "te", "de", "to", "do", "na", "ni", "nu", "ne", "no", "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he",
			"be", "pe", "ho", "bo", "po", "ma", "mi", "mu", "me", "mo", "ya", "ya", "yu", "yu", "yo", "yo", "ra", "ri", "ru", "re",
			"ro", "wa", "wa", "wi", "we", "o", "n", "vu", "ka", "ke", "va", "vi", "ve", "vo" };

	private static final char FIRST = '\u30A1';
	private static final char LAST = '\u30FA';
	private static final char SMALL_TSU = '\u30C3';
	private static final char LONG_MARK = '\u30FC';
	/** Hiragana sit this far below their katakana. */
	private static final int HIRAGANA_OFFSET = 0x60;

	private Kana() {
	}

	static boolean isKana(char c) {
		return c >= FIRST - HIRAGANA_OFFSET && c <= '\u3096' || c >= FIRST && c <= LAST || c == LONG_MARK;
	}

	/** The romanisation of the run of kana in {@code text} from {@code start}, appended to {@code out}; returns where the run ends. */
	static int appendLatin(String text, int start, StringBuilder out) {
		int i = start;
		boolean doubleNext = false;
		while (i < text.length() && isKana(text.charAt(i))) {
			char c = katakana(text.charAt(i++));
			if (c == LONG_MARK) {
				continue;
			}
			if (c == SMALL_TSU) {
				doubleNext = true;
				continue;
			}
			String syllable = KATAKANA[c - FIRST];
			if (small(c) && out.length() > 0) {
				joinSmall(out, syllable);
				continue;
			}
			if (doubleNext && !syllable.isEmpty() && "aeiou".indexOf(syllable.charAt(0)) < 0) {
				out.append(syllable.startsWith("ch") ? 't' : syllable.charAt(0));
			}
			doubleNext = false;
			out.append(syllable);
		}
		return i;
	}

	private static char katakana(char c) {
		return c < FIRST && c != LONG_MARK ? (char) (c + HIRAGANA_OFFSET) : c;
	}

	/** The small kana: ァ ィ ゥ ェ ォ ャ ュ ョ ヮ. */
	private static boolean small(char c) {
		return c == '\u30A1' || c == '\u30A3' || c == '\u30A5' || c == '\u30A7' || c == '\u30A9' || c == '\u30E3' || c == '\u30E5'
				|| c == '\u30E7' || c == '\u30EE';
	}

	/** A small kana replaces the vowel of the syllable before: キ+ャ = kya, シ+ャ = sha, フ+ァ = fa, テ+ィ = ti, ウ+ィ = wi. */
	private static void joinSmall(StringBuilder out, String small) {
		int last = out.length() - 1;
		char vowel = out.charAt(last);
		if ("aeiou".indexOf(vowel) < 0) {
			out.append(small);
			return;
		}
		boolean bareVowel = last == 0 || "aeiou".indexOf(out.charAt(last - 1)) >= 0 || !Character.isLetter(out.charAt(last - 1));
		if (small.charAt(0) == 'y') {
			boolean palatal = last >= 1 && (out.charAt(last - 1) == 'h' || out.charAt(last - 1) == 'j');
			out.setLength(last);
			out.append(palatal ? small.substring(1) : small); // shi+ya = sha, ji+yu = ju, ki+ya = kya
		}
		else if (bareVowel && vowel == 'u') {
			out.setLength(last);
			out.append('w').append(small); // u+i = wi
		}
		else {
			out.setLength(last);
			out.append(small.charAt(small.length() - 1)); // fu+a = fa, te+i = ti
		}
	}
}
