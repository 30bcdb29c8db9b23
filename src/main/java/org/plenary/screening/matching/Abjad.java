package org.plenary.screening.matching;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Arabic, Persian and Hebrew names, written without most of their vowels, in the vowels lists write:
 * first a table of common name words, each in its Arabic and its Persian spelling (محمد = Muhammad
 * and Mohammad, حسين = Husayn and Hossein), then, for any other word, its letters with the long
 * vowels their letters carry (ا a, و u or o, ي i) and a short {@code a} (Arabic) or {@code e}
 * (Persian) between two consonants that have none. The article ال is written apart ("al asad").
 * Tables: {@code screening/abjad-names.txt}, common name words from general knowledge.
 */
final class Abjad {

	private static final Map<String, String[]> ARABIC_WORDS = new java.util.HashMap<>();
	private static final Map<String, String[]> HEBREW_WORDS = new java.util.HashMap<>();

	static {
		for (String[] f : DataTable.rows("abjad-names.txt", 2, Integer.MAX_VALUE, "word | spelling [| spelling]")) {
			String[] spellings = { f[1], f.length > 2 ? f[2] : f[1] };
			boolean hebrew = f[0].chars().anyMatch(c -> c >= 0x0590 && c <= 0x05FF);
			(hebrew ? HEBREW_WORDS : ARABIC_WORDS).put(f[0], spellings);
		}
	}

	private Abjad() {
	}

	/** Consonants: Arabic and Persian letters to Latin. */
	private static final Map<Character, String> ARABIC_LETTERS = letters("ب=b ت=t ث=th ج=j ح=h خ=kh د=d ذ=dh ر=r ز=z س=s ش=sh ص=s ض=d "
			+ "ط=t ظ=z غ=gh ف=f ق=q ك=k ک=k گ=g ل=l م=m ن=n ه=h پ=p چ=ch ژ=zh ء=_ ع=_ ئ=_ ؤ=_");

	private static final Map<Character, String> HEBREW_LETTERS = letters("ב=v ג=g ד=d ה=h ז=z ח=kh ט=t כ=k ך=kh ל=l מ=m ם=m נ=n ן=n "
			+ "ס=s ע=_ פ=p ף=f צ=ts ץ=ts ק=k ר=r ש=sh ת=t");

	private static Map<Character, String> letters(String spec) {
		Map<Character, String> map = new java.util.HashMap<>();
		for (String pair : spec.split(" ")) {
			map.put(pair.charAt(0), pair.substring(2).equals("_") ? "" : pair.substring(2));
		}
		return map;
	}

	static Map<String, String> arabic(String name) {
		Map<String, String> out = new LinkedHashMap<>();
		out.put("Arabic, name table and letters", read(name, ARABIC_WORDS, 0, 'a', "u"));
		out.put("Persian, name table and letters", read(name, ARABIC_WORDS, 1, 'e', "o"));
		return out;
	}

	static Map<String, String> hebrew(String name) {
		Map<String, String> out = new LinkedHashMap<>();
		out.put("Hebrew, name table and letters", read(name, HEBREW_WORDS, 0, 'a', "o"));
		out.put("Hebrew, name table (English forms) and letters", read(name, HEBREW_WORDS, 1, 'e', "o"));
		return out;
	}

	private static String read(String name, Map<String, String[]> table, int column, char shortVowel, String waw) {
		String text = name.replace("\u200C", "").replace("\u0640", "").replace("عبد ال", "عبدال");
		StringBuilder out = new StringBuilder();
		for (String word : text.trim().split("[\\s\\-]+")) {
			if (out.length() > 0) {
				out.append(' ');
			}
			String[] known = table.get(word);
			if (known != null) {
				out.append(known[column]);
				continue;
			}
			if (word.length() > 3 && (word.startsWith("عبدال"))) {
				String[] rest = table.get(word.substring(5));
				out.append("abdul").append(rest != null ? rest[column] : letters(word.substring(5), shortVowel, waw));
				continue;
			}
			if (word.length() > 3 && word.startsWith("ال")) {
				String[] rest = table.get(word.substring(2));
				out.append("al ").append(rest != null ? rest[column] : letters(word.substring(2), shortVowel, waw));
				continue;
			}
			out.append(letters(word, shortVowel, waw));
		}
		return out.toString();
	}

	/** A word by its letters: long vowels from ا و ي (and Hebrew א ו י), a short vowel between two consonants. */
	static String letters(String word, char shortVowel, String waw) {
		StringBuilder out = new StringBuilder(word.length() * 2);
		boolean lastConsonant = false;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			String vowel = vowel(c, i == 0, i == word.length() - 1 && lastConsonant, shortVowel, waw);
			if (vowel != null) {
				out.append(vowel);
				lastConsonant = false; // a vowel, or a glottal stop (hamza, ayin) left unwritten
				continue;
			}
			String consonant = consonant(c, shortVowel);
			if (consonant == null) {
				continue;
			}
			if (lastConsonant) {
				out.append(shortVowel);
			}
			out.append(consonant);
			lastConsonant = true;
		}
		return out.toString();
	}

	/** The vowel a letter writes where it stands ("" for a glottal stop); null for a consonant. */
	private static String vowel(char c, boolean first, boolean lastAfterConsonant, char shortVowel, String waw) {
		switch (c) {
			case 'ا', 'آ', 'أ', 'ى', 'א':
				return "a";
			case 'إ':
				return "i";
			case 'ة':
				return shortVowel == 'e' ? "eh" : "a";
			case 'و', 'ו':
				return first ? null : waw;
			case 'ي', 'ی', 'י':
				return first ? null : "i";
			case 'ه', 'ה':
				return lastAfterConsonant ? (shortVowel == 'e' ? "eh" : "ah") : null;
			default:
				String latin = (c >= 0x0590 && c <= 0x05FF ? HEBREW_LETTERS : ARABIC_LETTERS).get(c);
				return latin != null && latin.isEmpty() ? "" : null;
		}
	}

	/** The consonant a letter writes; null for a character that is not a letter. */
	private static String consonant(char c, char shortVowel) {
		switch (c) {
			case 'و', 'ו':
				return shortVowel == 'e' || c == 'ו' ? "v" : "w";
			case 'ي', 'ی', 'י':
				return "y";
			case 'ه', 'ה':
				return "h";
			default:
				String latin = (c >= 0x0590 && c <= 0x05FF ? HEBREW_LETTERS : ARABIC_LETTERS).get(c);
				return latin != null ? latin : Character.isLetterOrDigit(c) ? String.valueOf(c) : null;
		}
	}
}
