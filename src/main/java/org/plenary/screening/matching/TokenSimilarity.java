package org.plenary.screening.matching;

/**
 * How alike two name tokens are, from 0 to 1: equal tokens 1; an initial and a word it begins 0.9;
 * tokens with digits only when equal; a given name and its short form 0.9; tokens with one common surname
 * ending (-dóttir, -shvili, -enko, -ovich) judged on what comes before it; a word cut short and the whole word 0.85; otherwise the mean of Jaro-Winkler and the Levenshtein ratio,
 * and 0 below {@code floor} (a faint likeness between two different words earns nothing).
 */
final class TokenSimilarity {

	/** A word and the same word cut short ("compan", "ben") are alike, if not equal. */
	static final double PREFIX = 0.85;

	/** A given name and a short form of it ("bill", "william"; "sasha", "aleksandr") are alike. */
	static final double GIVEN_NAME = 0.9;

	/** Two spellings of one sound key ("nooristani", "nuristani") are alike. */
	static final double PHONETIC = 0.88;

	private TokenSimilarity() {
	}

	static double of(String a, String b, double floor) {
		if (a.equals(b)) {
			return 1.0;
		}
		if (hasDigit(a) || hasDigit(b)) {
			return 0.0;
		}
		if (isPatronymic(a) != isPatronymic(b)) {
			return 0.0; // "Oleksandrovych" is a father's name, not "Oleksandr"
		}
		if (a.length() == 1 || b.length() == 1) {
			return (a.length() == 1 ? b : a).charAt(0) == (a.length() == 1 ? a : b).charAt(0) ? 0.9 : 0.0;
		}
		if (a.charAt(0) == b.charAt(0) && a.length() != b.length() && equalCollapsed(a, b)) {
			return REPEAT; // "uun" and "un": a letter doubled by mistake
		}
		String shorter = a.length() < b.length() ? a : b;
		if (shorter.length() >= 3 && (a.length() < b.length() ? b : a).startsWith(shorter)) {
			return GivenNames.related(a, b) ? GIVEN_NAME : Math.max(PREFIX, likeness(a, b));
		}
		double sim = general(a, b);
		return sim < floor ? 0.0 : sim;
	}

	/**
	 * Letters that one sound is written with in different romanisations and transliterations (vowels
	 * among themselves; c k q, s z c, j y i, v w f, b p, d t, g k j, r l, h x): two words that differ
	 * only by one such pair may be one name ("Mohammad"/"Mohammed", "Gwon"/"Kwon", "Ri"/"Li").
	 */
	private static final String[] VARIANTS = { "aeiouy", "ckq", "scz", "jyi", "vwf", "bp", "dt", "gkj", "rl", "hx", "fp" };

	/**
	 * Two words of four letters or more of one length that differ in one letter, and not by a known
	 * transliteration variant ("rotor" and "motor"). {@link Alignment} weighs such a pair as two different
	 * words when both are words the lists' names use, and as a misspelling otherwise.
	 */
	static boolean oneLetterApart(String a, String b) {
		int n = a.length();
		if (n < 4 || n != b.length()) {
			return false;
		}
		int at = -1;
		for (int i = 0; i < n; i++) {
			if (a.charAt(i) != b.charAt(i)) {
				if (at >= 0) {
					return false;
				}
				at = i;
			}
		}
		return at >= 0 && !variants(a.charAt(at), b.charAt(at));
	}

	private static boolean variants(char x, char y) {
		for (String group : VARIANTS) {
			if (group.indexOf(x) >= 0 && group.indexOf(y) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** The mean of Jaro-Winkler and the Levenshtein ratio. */
	private static double likeness(String a, String b) {
		return (StringDistance.jaroWinkler(a, b) + StringDistance.levenshteinRatio(a, b)) / 2;
	}

	/** Two different tokens of two letters or more, neither a prefix of the other. */
	private static double general(String a, String b) {
		String ending = sharedEnding(a, b);
		double sim = ending == null ? likeness(a, b) : stemSimilarity(a, b, ending.length());
		if (sim < PHONETIC && a.length() >= 4 && b.length() >= 4 && SoundKey.firstOf(a) == SoundKey.firstOf(b)
				&& SoundKey.of(a).equals(SoundKey.of(b))) {
			sim = PHONETIC;
		}
		if (sim < GIVEN_NAME && GivenNames.related(a, b)) {
			sim = GIVEN_NAME; // "bill" and "william"
		}
		return sim;
	}

	/**
	 * Endings that many surnames share ("Jónsdóttir" and "Tómasdóttir"), and the patronymic endings
	 * ("Viktorovich" and "Vladimirovich"): a shared ending says nothing about who it is, so two tokens
	 * with one are compared on what comes before it.
	 */
	private static final String[] SURNAME_ENDINGS = { "dottir", "sson", "shvili", "dze", "enko", "oglu", "zadeh" };

	/** The ending both tokens have, with at least two letters before it in each; null when none. */
	private static String sharedEnding(String a, String b) {
		if (a.length() < 5 || b.length() < 5 || !a.regionMatches(a.length() - 3, b, b.length() - 3, 3)) {
			return null; // most pairs stop here: every ending has three letters or more
		}
		String shorter = a.length() < b.length() ? a : b;
		String ending = endingOf(shorter, SURNAME_ENDINGS);
		ending = ending == null ? endingOf(shorter, PATRONYMIC_ENDINGS) : ending;
		return ending != null && (shorter == a ? b : a).endsWith(ending) ? ending : null;
	}

	private static String endingOf(String t, String[] endings) {
		for (String e : endings) {
			if (t.length() >= e.length() + 2 && t.endsWith(e)) {
				return e;
			}
		}
		return null;
	}

	/** The similarity of two tokens that share an ending of {@code n} letters, judged on what comes before it. */
	private static double stemSimilarity(String a, String b, int n) {
		String sa = a.substring(0, a.length() - n);
		String sb = b.substring(0, b.length() - n);
		return likeness(sa, sb);
	}

	/** Similarity of two tokens equal once doubled letters are collapsed. */
	static final double REPEAT = 0.95;

	/** Whether the tokens are equal once runs of one letter are collapsed to one ("uun" and "un"). */
	static boolean equalCollapsed(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char c = a.charAt(i);
			if (c != b.charAt(j)) {
				return false;
			}
			while (i < a.length() && a.charAt(i) == c) {
				i++;
			}
			while (j < b.length() && b.charAt(j) == c) {
				j++;
			}
		}
		return i == a.length() && j == b.length();
	}

	private static final String[] PATRONYMIC_ENDINGS = { "ovich", "evich", "ovych", "evych", "ovitch", "ovna", "evna", "ivna",
			"ichna" };

	/** An East Slavic patronymic ("Viktorovich", "Oleksandrovych", "Petrovna"): often left out of a name. */
	static boolean isPatronymic(String t) {
		int n = t.length();
		if (n < 8 || (t.charAt(n - 1) != 'h' && t.charAt(n - 1) != 'a')) {
			return false; // every ending below ends in h or a: most tokens stop here
		}
		for (String ending : PATRONYMIC_ENDINGS) {
			if (t.endsWith(ending)) {
				return true;
			}
		}
		return false;
	}

	static boolean hasDigit(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (Character.isDigit(s.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
