package org.plenary.screening.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese names (simplified or traditional Han) as lists write them: ICU4J's {@code Han-Latin/Names}
 * gives each character's pinyin (family names in their surname readings), then a person's name is
 * written family name first and the given name as one word ("习近平" = "xi jinping"), an
 * organisation's as two-character words with its legal form apart, and each syllable can be respelled
 * in Wade-Giles ("hsi chinping").
 */
final class Han {

	private Han() {
	}

	/** Double-character Chinese family names, read as one word. */
	private static final java.util.Set<String> DOUBLE_SURNAMES = java.util.Set.of("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛",
			"上官", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫", "令狐", "慕容", "夏侯", "司徒", "端木", "长孙", "長孫");

	/**
	 * A Chinese name as lists write it, as its words' pinyin syllables: the family name, then the given
	 * name's syllables as one word ("习近平" = [[xi], [jin, ping]]). ICU4J's {@code Han-Latin/Names}
	 * reads family names in their surname readings (单 as shan, not dan).
	 */
	static List<List<String>> syllables(String name) {
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
			List<String> family = read(part.substring(0, surname));
			List<String> given = read(part.substring(surname));
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
		List<String> all = read(part);
		for (int i = 0; i < all.size(); i += 2) {
			words.add(all.subList(i, Math.min(i + 2, all.size())));
		}
		if (!form.isEmpty()) {
			List<String> f = read(form);
			for (int i = 0; i < f.size(); i += 2) {
				words.add(f.subList(i, Math.min(i + 2, f.size())));
			}
		}
		return words;
	}

	private static List<String> read(String han) {
		String latin = Scripts.clean(Scripts.icu("Han-Latin/Names; Latin-ASCII", han)).toLowerCase(java.util.Locale.ROOT);
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
}
