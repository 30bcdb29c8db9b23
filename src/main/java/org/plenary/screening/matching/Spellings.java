package org.plenary.screening.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One spelling for words written several ways in names: numbers in words or as ordinals become
 * digits, common abbreviations their full word, and the spellings of an Arabic name particle one.
 */
final class Spellings {

	private Spellings() {
	}

	private static final Map<String, Integer> UNITS = numberWords("zero one two three four five six seven eight nine ten eleven "
			+ "twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen", 0, 1);
	private static final Map<String, Integer> TENS = numberWords("twenty thirty forty fifty sixty seventy eighty ninety", 20, 10);
	private static final Map<String, Integer> ORDINALS = numberWords("first second third fourth fifth sixth seventh eighth ninth tenth", 1, 1);
	/** Common abbreviations in organisation names, to their full word. */
	private static final Map<String, String> ABBREVIATIONS = Map.of("intl", "international", "natl", "national",
			"assn", "association", "mfg", "manufacturing", "univ", "university", "govt", "government", "bros", "brothers");

	/** "1st", "22nd", "3rd", "4th". */
	private static boolean isOrdinal(String t) {
		int n = t.length();
		if (n < 3 || !Character.isDigit(t.charAt(0))) {
			return false;
		}
		String suffix = t.substring(n - 2);
		if (!suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd") && !suffix.equals("th")) {
			return false;
		}
		for (int i = 1; i < n - 2; i++) {
			if (!Character.isDigit(t.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** Spellings of the same Arabic name particle. */
	private static final Map<String, String> PARTICLES = Map.of("ben", "bin", "ibn", "bin", "abou", "abu");

	private static Map<String, Integer> numberWords(String words, int first, int step) {
		Map<String, Integer> map = new java.util.HashMap<>();
		String[] w = words.split(" ");
		for (int i = 0; i < w.length; i++) {
			map.put(w[i], first + i * step);
		}
		return Map.copyOf(map);
	}

	/**
	 * Numbers written in words or as ordinals become digits ("Forty-Four", "forty 4" and "44"; "First" and
	 * "1st"), so that the digit rules compare them; common abbreviations become their words ("Int'l").
	 */
	static List<String> unified(List<String> tokens) {
		List<String> out = new ArrayList<>(tokens.size());
		for (int i = 0; i < tokens.size(); i++) {
			String t = tokens.get(i);
			Integer tens = TENS.get(t);
			if (tens != null) {
				String next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
				Integer unit = next == null ? null : UNITS.containsKey(next) ? UNITS.get(next)
						: next.matches("[1-9]") ? Integer.valueOf(next) : null;
				if (unit != null && unit > 0 && unit < 10) {
					out.add(String.valueOf(tens + unit));
					i++;
				}
				else {
					out.add(String.valueOf(tens));
				}
			}
			else if (UNITS.containsKey(t)) {
				out.add(String.valueOf(UNITS.get(t)));
			}
			else if (ORDINALS.containsKey(t)) {
				out.add(String.valueOf(ORDINALS.get(t)));
			}
			else if (isOrdinal(t)) {
				out.add(t.substring(0, t.length() - 2));
			}
			else {
				out.add(ABBREVIATIONS.getOrDefault(t, PARTICLES.getOrDefault(t, t)));
			}
		}
		return out;
	}
}
