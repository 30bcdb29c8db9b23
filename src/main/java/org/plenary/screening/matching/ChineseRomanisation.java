package org.plenary.screening.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chinese names in Wade-Giles and in pinyin ("Mao Tse-tung" and "Mao Zedong", "Hsi Chin-ping" and
 * "Xi Jinping"). Each name is read as Chinese syllables; each syllable becomes a key in which the
 * spellings the two systems give one sound agree (WG p = pinyin b, WG t = d, WG k = g, WG ch = j, q, zh,
 * WG hs = x, WG ts and tz = z and c; finals -ung = -ong, -ieh = -ie, -ien = -ian, -ih = -i). Wade-Giles
 * written without its apostrophes no longer tells p from p', so the key cannot either.
 * <p>
 * The keys are compared only when one name is spelled in a way pinyin never is: a syllable with hs-,
 * ts-, tz-, ss- or sz-, with -ung, -ieh, -ueh, -ien or -ih, or ch-/sh- before i and more. Otherwise
 * "Li Bing" and "Li Ping", both pinyin, would agree.
 */
final class ChineseRomanisation {

	private static final List<String> INITIALS = List.of("zh", "ch", "sh", "hs", "ts", "tz", "ss", "sz", "b", "p", "m", "f", "d", "t",
			"n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", "");

	private static final Set<String> FINALS = Set.of("a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "er", "erh", "o", "ong",
			"ou", "i", "ia", "ian", "iang", "iao", "ie", "ieh", "ien", "in", "ing", "iong", "iung", "iu", "u", "ua", "uai", "uan",
			"uang", "ui", "uei", "un", "ung", "uo", "ue", "ueh", "ih");

	private static final int LONGEST_FINAL = 4;

	private ChineseRomanisation() {
	}

	/** Whether the two names are one Chinese name, one of them in Wade-Giles (family name first or last). */
	static boolean sameName(List<String> a, List<String> b) {
		if (a.size() > 4 || b.size() > 4 || !(maySpellWadeGiles(a) || maySpellWadeGiles(b))) {
			return false;
		}
		Reading ra = read(a);
		if (ra == null) {
			return false;
		}
		Reading rb = read(b);
		if (rb == null || !(ra.wadeGiles || rb.wadeGiles)) {
			return false;
		}
		return ra.keys().stream().anyMatch(rb.keys()::contains);
	}

	/**
	 * Index keys for a name read as Chinese syllables, in either system: its syllable keys in the
	 * written order and with the last token first; none when it is not Chinese syllables. Two names
	 * that share a key are worth comparing; {@link #sameName} decides whether they are one name.
	 */
	static List<String> keys(List<String> tokens) {
		if (tokens.isEmpty() || tokens.size() > 4) {
			return List.of();
		}
		Reading reading = read(tokens);
		return reading == null ? List.of() : reading.keys();
	}

	/**
	 * A quick test, one pass over the letters, that turns most names away before they are read as
	 * syllables: could a token be spelled in Wade-Giles only (hs, ts, tz, ss, sz, -ung, -ih, -eh, -ien, -uei, -rh, chi, shi)?
	 */
	private static boolean maySpellWadeGiles(List<String> tokens) {
		for (String t : tokens) {
			for (int i = 1; i < t.length(); i++) {
				char c = t.charAt(i);
				char before = t.charAt(i - 1);
				boolean marker = switch (c) {
					case 's' -> before == 'h' || before == 't' || before == 's';
					case 'z' -> before == 't' || before == 's';
					case 'h' -> before == 'i' || before == 'e' || before == 'r';
					case 'g' -> before == 'n' && i >= 2 && t.charAt(i - 2) == 'u';
					case 'n' -> before == 'e' && i >= 2 && t.charAt(i - 2) == 'i';
					case 'i' -> i >= 2 && (before == 'h' && (t.charAt(i - 2) == 'c' || t.charAt(i - 2) == 's')
							|| before == 'e' && t.charAt(i - 2) == 'u');
					default -> false;
				};
				if (marker) {
					return true;
				}
			}
		}
		return false;
	}

	/** A name's syllable keys token by token, whether it shows a Wade-Giles spelling, and its key. */
	private record Reading(List<String> tokens, String key, boolean wadeGiles) {

		/** The key read in the written order and with the last token moved first ("Jinping Xi"). */
		List<String> keys() {
			if (tokens.size() < 2) {
				return List.of(key);
			}
			List<String> rotated = new ArrayList<>(tokens.size());
			rotated.add(tokens.get(tokens.size() - 1));
			rotated.addAll(tokens.subList(0, tokens.size() - 1));
			return List.of(key, String.join("", rotated));
		}
	}

	private static Reading read(List<String> tokens) {
		List<String> keys = new ArrayList<>(tokens.size());
		boolean[] wadeGiles = new boolean[1];
		for (String token : tokens) {
			StringBuilder key = new StringBuilder();
			if (token.length() > 12 || !parse(token, 0, key, wadeGiles)) {
				return null;
			}
			keys.add(key.toString());
		}
		return new Reading(keys, String.join("", keys), wadeGiles[0]);
	}

	/** Reads {@code token} from {@code at} as syllables, appending their keys; false when it is not Chinese syllables. */
	private static boolean parse(String token, int at, StringBuilder key, boolean[] wadeGiles) {
		if (at == token.length()) {
			return true;
		}
		for (String initial : INITIALS) {
			if (!token.startsWith(initial, at)) {
				continue;
			}
			int from = at + initial.length();
			for (int end = Math.min(token.length(), from + LONGEST_FINAL); end > from; end--) {
				String fin = token.substring(from, end);
				if (!FINALS.contains(fin)) {
					continue;
				}
				int mark = key.length();
				boolean wasWadeGiles = wadeGiles[0];
				key.append(initialKey(initial)).append(finalKey(initial, fin)).append('.');
				wadeGiles[0] |= wadeGilesOnly(initial, fin);
				if (parse(token, end, key, wadeGiles)) {
					return true;
				}
				key.setLength(mark);
				wadeGiles[0] = wasWadeGiles;
			}
		}
		return false;
	}

	private static String initialKey(String initial) {
		return switch (initial) {
			case "b", "p" -> "P";
			case "d", "t" -> "T";
			case "g", "k" -> "K";
			case "j", "q", "zh", "ch" -> "C";
			case "x", "hs" -> "X";
			case "z", "c", "ts", "tz" -> "Z";
			case "s", "ss", "sz" -> "S";
			default -> initial.toUpperCase(java.util.Locale.ROOT);
		};
	}

	private static String finalKey(String initial, String fin) {
		if (fin.equals("u") && (initial.equals("ss") || initial.equals("sz") || initial.equals("tz"))) {
			return "i"; // WG ssu, szu, tzu = pinyin si, zi
		}
		if (fin.equals("o") && (initial.equals("k") || initial.equals("h") || initial.equals("g"))) {
			return "e"; // WG ko, ho = pinyin ge, he
		}
		return switch (fin) {
			case "ung" -> "ong";
			case "iung" -> "iong";
			case "ieh" -> "ie";
			case "ueh" -> "ue";
			case "ien" -> "ian";
			case "ih" -> "i";
			case "uei" -> "ui";
			case "erh" -> "er";
			default -> fin;
		};
	}

	/** Whether pinyin never spells a syllable this way. */
	private static boolean wadeGilesOnly(String initial, String fin) {
		return switch (initial) {
			case "hs", "ts", "tz", "ss", "sz" -> true;
			case "ch", "sh" -> fin.startsWith("i") && !fin.equals("i") || fin.equals("ih");
			default -> switch (fin) {
				case "ung", "iung", "ieh", "ueh", "ien", "ih", "uei", "erh" -> true;
				default -> false;
			};
		};
	}
}
