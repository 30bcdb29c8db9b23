package org.plenary.screening.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.Transliterator;

/**
 * Names in scripts that {@link Transliteration}'s own tables do not cover, brought to Latin in the
 * readings lists actually use, at most {@link #MAX_READINGS} of them: Hangul in the Revised
 * Romanization, McCune-Reischauer and the DPRK's own romanisation ({@link Hangul}); Han, simplified
 * or traditional, in pinyin and Wade-Giles (ICU4J's {@code Han-Latin/Names}, then respelled syllable by syllable);
 * Arabic and Persian with the vowels lists write, from a table of common name words and a letter
 * table ({@link Abjad}); Hebrew the same way; Khmer by a letter table ({@link Khmer}); Ethiopic and
 * Thai, and any other script, by ICU4J's transliterators ({@code Ethiopic-Latin},
 * {@code Amharic-Latin/BGN}, {@code Thai-Latin}, {@code Any-Latin}), the fallback beneath the tables.
 * <p>
 * A name whose letters are all Latin, Cyrillic, Greek, Armenian, Georgian or kana has one reading, the
 * name itself, found in one pass over its characters: the hot path never reaches ICU4J. Each ICU4J
 * transliterator is built once, on first use, and shared ({@link #icu}).
 */
public final class Scripts {

	/** The most readings a name gets. */
	public static final int MAX_READINGS = 5;

	/** One Latin reading of a name: the system it was read in (null for a name already in Latin or read by the own tables), and the text. */
	public record Latin(String system, String text) {
	}

	private Scripts() {
	}

	/** Whether the name has a letter that the own tables of {@link Transliteration} do not bring to Latin. */
	static boolean needsReading(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c >= 0x0590 && !(c >= 0x10D0 && c <= 0x10FF) && !Kana.isKana(c) && !(c >= 0x1E00 && c <= 0x1EFF)
					&& !(c >= 0x2000 && c <= 0x206F) && !(c >= 0xFF01 && c <= 0xFF5E) && Character.isLetter(c)) {
				return true;
			}
		}
		return false;
	}

	/** The name's readings, at most {@link #MAX_READINGS}, distinct; the name itself when it needs none. */
	public static List<Latin> readings(String name) {
		if (name == null || !needsReading(name)) {
			return List.of(new Latin(null, name));
		}
		Map<String, String> out = new LinkedHashMap<>(); // text -> system, first system wins
		Character.UnicodeScript script = dominantScript(name);
		switch (script) {
			case HANGUL -> Hangul.readings(name).forEach((system, text) -> out.putIfAbsent(text, system));
			case HAN -> {
				List<List<String>> words = Han.syllables(name);
				out.putIfAbsent(Han.joined(words, false), "Han in pinyin (ICU4J Han-Latin/Names)");
				out.putIfAbsent(Han.joined(words, true), "Han in Wade-Giles");
			}
			case ARABIC -> Abjad.arabic(name).forEach((system, text) -> out.putIfAbsent(text, system));
			case HEBREW -> Abjad.hebrew(name).forEach((system, text) -> out.putIfAbsent(text, system));
			case KHMER -> out.putIfAbsent(Khmer.toLatin(name), "Khmer (UNGEGN-style table)");
			case ETHIOPIC -> {
				out.putIfAbsent(ethiopic(icu("Ethiopic-Latin; Latin-ASCII", name)), "Ethiopic (ICU4J Ethiopic-Latin)");
				out.putIfAbsent(ethiopic(icu("Amharic-Latin/BGN; Latin-ASCII", name)), "Amharic BGN/PCGN (ICU4J)");
			}
			case THAI -> out.putIfAbsent(thai(name), "Thai (ICU4J Thai-Latin, silent letters dropped)");
			default -> { }
		}
		if (out.isEmpty()) { // Any-Latin is slow to build (it gathers every script's rules): only for scripts without a reading above
			out.putIfAbsent(clean(icu("Any-Latin; Latin-ASCII", name)), "ICU4J Any-Latin");
		}
		List<Latin> readings = new ArrayList<>(Math.min(out.size(), MAX_READINGS));
		for (Map.Entry<String, String> e : out.entrySet()) {
			if (readings.size() == MAX_READINGS) {
				break;
			}
			if (!e.getKey().isBlank()) {
				readings.add(new Latin(e.getValue(), e.getKey()));
			}
		}
		return readings.isEmpty() ? List.of(new Latin(null, name)) : List.copyOf(readings);
	}

	/** The script of most of the name's letters, other than Latin and Common. */
	static Character.UnicodeScript dominantScript(String name) {
		Map<Character.UnicodeScript, Integer> counts = new HashMap<>();
		name.codePoints().filter(Character::isLetter).forEach(cp -> {
			Character.UnicodeScript s = Character.UnicodeScript.of(cp);
			if (s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.COMMON) {
				counts.merge(s, 1, Integer::sum);
			}
		});
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
			.orElse(Character.UnicodeScript.COMMON);
	}

	/**
	 * The transliterators, each built once (Han-Latin takes seconds) and shared: ICU4J's rule-based
	 * transliterators synchronise on their rule data while they transliterate, so one instance serves
	 * every thread (checked under concurrency in ScriptsTests).
	 */
	private static final Map<String, Transliterator> TRANSLITERATORS = new java.util.concurrent.ConcurrentHashMap<>();

	/** The text through the ICU4J transliterator {@code id}. */
	static String icu(String id, String text) {
		return TRANSLITERATORS.computeIfAbsent(id, Transliterator::getInstance).transliterate(text);
	}

	/** Only ASCII letters, digits, spaces and hyphens; the marks ICU4J leaves for glottal stops and ayin dropped. */
	static String clean(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
				out.append(c);
			}
			else if (Character.isWhitespace(c) || c == '.' || c == ',') {
				out.append(' ');
			}
		}
		return out.toString().replaceAll(" +", " ").trim();
	}

	/** Ethiopic readings: the sixth-order vowel (ə), often left unwritten in Latin, dropped; ' and ` for glottals dropped. */
	private static String ethiopic(String text) {
		return clean(text.replace("ǝ", "").replace("ə", "").replace("ĕ", "e"));
	}

	/**
	 * Thai through ICU4J's {@code Thai-Latin} (ISO 11940), after the silent letters marked by the
	 * thanthakhat (U+0E4C) are dropped with their mark; then the ISO letters lists do not write
	 * ({@code x} for the vowel carrier อ, {@code c} for จ, which lists write ch).
	 */
	static String thai(String name) {
		StringBuilder text = new StringBuilder(name);
		for (int i = text.length() - 1; i > 0; i--) {
			if (text.charAt(i) == '\u0E4C') {
				text.delete(i - 1, i + 1);
				i--;
			}
		}
		StringBuilder words = new StringBuilder();
		for (String word : text.toString().trim().split("\\s+")) {
			words.append(words.length() > 0 ? " " : "").append(clean(icu("Thai-Latin; Latin-ASCII", word)).replace(" ", ""));
		}
		String latin = words.toString();
		StringBuilder out = new StringBuilder(latin.length() + 4);
		for (int i = 0; i < latin.length(); i++) {
			char c = latin.charAt(i);
			boolean wordStart = i == 0 || latin.charAt(i - 1) == ' ';
			if (c == 'x' && (wordStart || !Character.isLetter(latin.charAt(i - 1)) || isVowelAfter(latin, i))) {
				continue; // อ carrying a vowel
			}
			if (c == 'c' && (i + 1 == latin.length() || latin.charAt(i + 1) != 'h')) {
				out.append("ch");
				continue;
			}
			out.append(c);
		}
		return out.toString();
	}

	private static boolean isVowelAfter(String s, int i) {
		return i + 1 < s.length() && "aeiou".indexOf(s.charAt(i + 1)) >= 0;
	}
}
