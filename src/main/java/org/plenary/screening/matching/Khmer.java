package org.plenary.screening.matching;

/**
 * Khmer to Latin (ICU4J has no Khmer transliterator), close to the spellings Cambodian names take
 * in English and to UNGEGN's table: consonants by their letter, the dependent vowels by the
 * consonant's series (ា is a after a first-series consonant, ea after a second: ម៉ា ma, ជា chea), the
 * triisap and muusikatoan signs moving a consonant to the other series, a subscript consonant
 * (after coeng) read as a consonant, an aspirated consonant at the end of a word without its h
 * (សុខ sok). A consonant with no vowel sign before another consonant carries its series' inherent
 * vowel (a or o).
 */
final class Khmer {

	/** U+1780-U+17A2, in order; '' for the vowel carrier អ. */
	private static final String[] CONSONANTS = { "k", "kh", "k", "kh", "ng", "ch", "chh", "ch", "chh", "nh", "d", "th", "d", "th", "n",
			"t", "th", "t", "th", "n", "b", "ph", "p", "ph", "m", "y", "r", "l", "v", "s", "s", "s", "h", "l", "" };

	/** Second-series consonants (U+1780 offsets). */
	private static final String SECOND = "\u1782\u1783\u1784\u1787\u1788\u1789\u178C\u178D\u178E\u1791\u1792\u1793\u1796\u1797\u1798\u1799\u179A\u179B\u179C";

	/** Dependent vowels U+17B6-U+17C5: first series, then second. */
	private static final String[][] VOWELS = { { "a", "ea" }, { "e", "i" }, { "ei", "i" }, { "oe", "ue" }, { "eu", "eu" },
			{ "o", "u" }, { "ou", "u" }, { "uo", "uo" }, { "aeu", "eu" }, { "oea", "oea" }, { "ie", "ie" }, { "e", "e" },
			{ "e", "e" }, { "ai", "ey" }, { "ao", "ou" }, { "au", "ov" }, { "om", "um" }, { "ah", "eah" } };

	private Khmer() {
	}

	static String toLatin(String text) {
		StringBuilder out = new StringBuilder(text.length() * 2);
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c >= 0x1780 && c <= 0x17A2) {
				Cluster k = cluster(text, i);
				boolean second = k.second();
				int j = k.end();
				StringBuilder cluster = k.letters();
				boolean wordEnd = j >= n || !isKhmerLetter(text.charAt(j));
				String consonant = cluster.toString();
				if (wordEnd && consonant.length() > 1 && consonant.endsWith("h") && !consonant.equals("nh")) {
					consonant = consonant.substring(0, consonant.length() - 1); // final aspirate: សុខ sok
				}
				out.append(consonant);
				if (j < n && text.charAt(j) >= 0x17B6 && text.charAt(j) <= 0x17C7) {
					int v = text.charAt(j) - 0x17B6;
					out.append(v < VOWELS.length ? VOWELS[v][second ? 1 : 0] : "");
					j++;
				}
				else if (!wordEnd && (j + 1 >= n || !isKhmerLetter(text.charAt(j + 1)) || !isVowelSign(text.charAt(j + 1)))
						&& out.length() == consonant.length() + wordStartOffset(out, consonant)) {
					out.append(second ? 'o' : 'a'); // inherent vowel of a word's first consonant before a final one
				}
				i = j - 1;
			}
			else if (c >= 0x17B6 && c <= 0x17C7) {
				int v = c - 0x17B6;
				out.append(v < VOWELS.length ? VOWELS[v][0] : "");
			}
			else if (c >= 0x17A3 && c <= 0x17B3) {
				out.append("e"); // independent vowels, rare in names
			}
			else if (c < 0x1780 || c > 0x17FF) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** A consonant with its subscripts (after coeng) and series signs: its letters, its series, and where it ends. */
	private record Cluster(StringBuilder letters, boolean second, int end) {
	}

	private static Cluster cluster(String text, int i) {
		char c = text.charAt(i);
		int n = text.length();
		boolean second = SECOND.indexOf(c) >= 0;
		int j = i + 1;
		StringBuilder cluster = new StringBuilder(CONSONANTS[c - 0x1780]);
		while (j < n) {
			char d = text.charAt(j);
			if (d == '\u17C9') { // muusikatoan: to the first series; on ប it makes p (ប៉ុល pol)
				second = false;
				if (c == '\u1794') {
					cluster.setLength(0);
					cluster.append('p');
				}
				j++;
			}
			else if (d == '\u17CA') { // triisap: to the second series
				second = true;
				j++;
			}
			else if (d == '\u17D2' && j + 1 < n && text.charAt(j + 1) >= 0x1780 && text.charAt(j + 1) <= 0x17A2) {
				char sub = text.charAt(j + 1);
				cluster.append(CONSONANTS[sub - 0x1780]);
				second |= SECOND.indexOf(sub) >= 0;
				j += 2;
			}
			else if (d >= '\u17CB' && d <= '\u17D0') {
				j++; // other signs: not written
			}
			else {
				break;
			}
		}
		return new Cluster(cluster, second, j);
	}

	/** How far the word the consonant begins starts into {@code out} before the consonant was appended. */
	private static int wordStartOffset(StringBuilder out, String consonant) {
		int end = out.length() - consonant.length();
		int start = end;
		while (start > 0 && out.charAt(start - 1) != ' ') {
			start--;
		}
		return start == end ? end : -1;
	}

	private static boolean isKhmerLetter(char c) {
		return c >= 0x1780 && c <= 0x17DD;
	}

	private static boolean isVowelSign(char c) {
		return c >= 0x17B6 && c <= 0x17C5;
	}
}
