package org.plenary.screening.matching;

/**
 * Cyrillic, Greek, Armenian and Georgian letters and Japanese kana ({@link Kana}) to Latin, by a simple table close to the common passport
 * (ICAO-style) romanisations: good enough to compare a Russian company name with its English
 * rendering, not a scholarly transliteration.
 */
final class Transliteration {

	private static final String[] CYRILLIC = new String[0x500];

	static {
		String[][] table = { { "а", "a" }, { "б", "b" }, { "в", "v" }, { "г", "g" }, { "д", "d" }, { "е", "e" }, { "ё", "e" },
				{ "ж", "zh" }, { "з", "z" }, { "и", "i" }, { "й", "y" }, { "к", "k" }, { "л", "l" }, { "м", "m" }, { "н", "n" },
				{ "о", "o" }, { "п", "p" }, { "р", "r" }, { "с", "s" }, { "т", "t" }, { "у", "u" }, { "ф", "f" }, { "х", "kh" },
				{ "ц", "ts" }, { "ч", "ch" }, { "ш", "sh" }, { "щ", "shch" }, { "ъ", "" }, { "ы", "y" }, { "ь", "" }, { "э", "e" },
				{ "ю", "yu" }, { "я", "ya" }, { "і", "i" }, { "ї", "yi" }, { "є", "ye" }, { "ґ", "g" }, { "ў", "u" } };
		for (String[] pair : table) {
			char lower = pair[0].charAt(0);
			CYRILLIC[lower] = pair[1];
			CYRILLIC[Character.toUpperCase(lower)] = pair[1];
		}
	}

	private static final String GREEK_FROM = "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς";
	private static final String[] GREEK_TO = { "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p",
			"r", "s", "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y", "s" };

	/** Armenian, U+0531-U+0556 capitals and U+0561-U+0587 small letters, in their alphabet order. */
	private static final String[] ARMENIAN = { "a", "b", "g", "d", "e", "z", "e", "y", "t", "zh", "i", "l", "kh", "ts", "k", "h",
			"dz", "gh", "ch", "m", "y", "n", "sh", "o", "ch", "p", "j", "r", "s", "v", "t", "r", "ts", "w", "p", "k", "o", "f" };

	/** Georgian Mkhedruli, U+10D0-U+10F0, in alphabet order (national romanisation). */
	private static final String[] GEORGIAN = { "a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zh",
			"r", "s", "t", "u", "p", "k", "gh", "q", "sh", "ch", "ts", "dz", "ts", "ch", "kh", "j", "h" };

	private Transliteration() {
	}

	static String toLatin(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String replacement = null;
			if (c >= 0x400 && c < 0x500) {
				replacement = CYRILLIC[c];
			}
			else if (c >= 0x370 && c < 0x400) {
				int g = GREEK_FROM.indexOf(Character.toLowerCase(c));
				replacement = g < 0 ? null : GREEK_TO[g];
			}
			else if (c >= 0x531 && c <= 0x556) {
				replacement = ARMENIAN[c - 0x531];
			}
			else if (c >= 0x561 && c <= 0x586) {
				replacement = ARMENIAN[c - 0x561];
			}
			else if (c >= 0x10D0 && c <= 0x10F0) {
				replacement = GEORGIAN[c - 0x10D0];
			}
			else if (Kana.isKana(c)) {
				if (out == null) {
					out = new StringBuilder(text.length() * 3).append(text, 0, i);
				}
				i = Kana.appendLatin(text, i, out) - 1;
				continue;
			}
			if (replacement != null) {
				if (out == null) {
					out = new StringBuilder(text.length() + 8).append(text, 0, i);
				}
				out.append(replacement);
			}
			else if (out != null) {
				out.append(c);
			}
		}
		return out == null ? text : out.toString();
	}
}
