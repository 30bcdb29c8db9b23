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
				List<List<String>> words = chineseSyllables(name);
				out.putIfAbsent(joined(words, false), "Han in pinyin (ICU4J Han-Latin/Names)");
				out.putIfAbsent(joined(words, true), "Han in Wade-Giles");
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

	/** Double-character Chinese family names, read as one word. */
	private static final java.util.Set<String> DOUBLE_SURNAMES = java.util.Set.of("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛",
			"上官", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫", "令狐", "慕容", "夏侯", "司徒", "端木", "长孙", "長孫");

	/**
	 * A Chinese name as lists write it, as its words' pinyin syllables: the family name, then the given
	 * name's syllables as one word ("习近平" = [[xi], [jin, ping]]). ICU4J's {@code Han-Latin/Names}
	 * reads family names in their surname readings (单 as shan, not dan).
	 */
	static List<List<String>> chineseSyllables(String name) {
		List<List<String>> words = new ArrayList<>();
		for (String part : name.trim().split("[\\s\u00B7\u30FB.]+")) {
			int length = part.codePointCount(0, part.length());
			if (length == 0) {
				continue;
			}
			if (length > 4) {
				words.addAll(organisation(part));
				continue;
			}
			int surname = length >= 3 && DOUBLE_SURNAMES.contains(part.substring(0, 2)) ? 2 : length >= 2 ? 1 : part.length();
			List<String> family = syllables(part.substring(0, surname));
			List<String> given = syllables(part.substring(surname));
			if (!family.isEmpty()) {
				words.add(family);
			}
			if (!given.isEmpty()) {
				words.add(given);
			}
		}
		return words;
	}

	/** Legal forms at the end of a Chinese organisation's name, read as words ("youxian gongsi" is then "co ltd"). */
	private static final List<String> HAN_FORMS = List.of("股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "公司");

	/**
	 * A Chinese organisation's name (more than four characters): its legal form split off, the rest
	 * as two-character words, the commonest length of a Chinese word ("胜利贸易" = "shengli maoyi").
	 */
	private static List<List<String>> organisation(String part) {
		String form = "";
		for (String f : HAN_FORMS) {
			if (part.endsWith(f) && part.length() > f.length()) {
				form = f;
				part = part.substring(0, part.length() - f.length());
				break;
			}
		}
		List<List<String>> words = new ArrayList<>();
		List<String> all = syllables(part);
		for (int i = 0; i < all.size(); i += 2) {
			words.add(all.subList(i, Math.min(i + 2, all.size())));
		}
		if (!form.isEmpty()) {
			List<String> f = syllables(form);
			for (int i = 0; i < f.size(); i += 2) {
				words.add(f.subList(i, Math.min(i + 2, f.size())));
			}
		}
		return words;
	}

	private static List<String> syllables(String han) {
		String latin = clean(icu("Han-Latin/Names; Latin-ASCII", han)).toLowerCase(java.util.Locale.ROOT);
		return latin.isEmpty() ? List.of() : List.of(latin.split("[ -]+"));
	}

	/** The words, each its syllables written together, in pinyin or in Wade-Giles. */
	static String joined(List<List<String>> words, boolean wadeGiles) {
		StringBuilder out = new StringBuilder();
		for (List<String> word : words) {
			if (out.length() > 0) {
				out.append(' ');
			}
			for (String s : word) {
				out.append(wadeGiles ? wgSyllable(s) : s);
			}
		}
		return out.toString();
	}

	/** Pinyin initials and their Wade-Giles spellings (aspiration marks dropped, as lists drop them). */
	private static final String[][] WG_INITIALS = { { "zh", "ch" }, { "ch", "ch" }, { "sh", "sh" }, { "b", "p" }, { "p", "p" },
			{ "d", "t" }, { "t", "t" }, { "g", "k" }, { "k", "k" }, { "j", "ch" }, { "q", "ch" }, { "x", "hs" }, { "z", "ts" },
			{ "c", "ts" }, { "r", "j" }, { "s", "s" }, { "m", "m" }, { "f", "f" }, { "n", "n" }, { "l", "l" }, { "h", "h" },
			{ "y", "y" }, { "w", "w" } };

	/** One pinyin syllable in Wade-Giles, apostrophes dropped ("xi" = "hsi", "dong" = "tung", "ze" = "tse"). */
	private static String wgSyllable(String s) {
		switch (s) {
			case "zi": return "tzu";
			case "ci": return "tzu";
			case "si": return "ssu";
			case "zhi": return "chih";
			case "chi": return "chih";
			case "shi": return "shih";
			case "ri": return "jih";
			case "er": return "erh";
			case "you": return "yu";
			case "yan": return "yen";
			case "ye": return "yeh";
			case "yong": return "yung";
			case "yue": return "yueh";
			default: break;
		}
		String initial = "";
		String fin = s;
		for (String[] i : WG_INITIALS) {
			if (s.startsWith(i[0]) && s.length() > i[0].length()) {
				initial = i[1];
				fin = s.substring(i[0].length());
				break;
			}
		}
		fin = switch (fin) {
			case "ong" -> "ung";
			case "iong" -> "iung";
			case "ie" -> "ieh";
			case "ian" -> "ien";
			case "ue" -> "ueh";
			case "ui" -> "uei";
			case "e" -> (initial.equals("k") || initial.equals("h")) ? "o" : "e";
			case "uo" -> (initial.equals("k") || initial.equals("h") || initial.equals("sh")) ? "uo" : "o";
			default -> fin;
		};
		return initial + fin;
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
