package org.plenary.screening.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * A word broken by a stray space ("Patr ushev", "Andrang Heta"): two neighbouring tokens that, joined,
 * spell a word of the other name (allowing one slip) and are not words of it themselves are read as
 * that one word.
 */
final class SplitWords {

	private SplitWords() {
	}

	/** {@code side} with such neighbours joined; {@code side} itself when there are none (the common case, with no copy). */
	static List<String> rejoined(List<String> side, List<String> other) {
		List<String> out = null;
		for (int i = 0; i < side.size(); i++) {
			String t = side.get(i);
			if (i + 1 < side.size() && splitOf(t, side.get(i + 1), other)) {
				if (out == null) {
					out = new ArrayList<>(side.subList(0, i));
				}
				out.add(t + side.get(++i));
			}
			else if (out != null) {
				out.add(t);
			}
		}
		return out == null ? side : out;
	}

	private static boolean splitOf(String left, String right, List<String> other) {
		int length = left.length() + right.length();
		if (left.length() < 2 || right.length() < 2 || length < 6 || CompanyForms.FORM_TOKENS.contains(left)
				|| CompanyForms.FORM_TOKENS.contains(right) || TokenSimilarity.hasDigit(left) || TokenSimilarity.hasDigit(right)) {
			return false;
		}
		String joined = null;
		for (String word : other) {
			if (Math.abs(word.length() - length) > 1) {
				continue;
			}
			joined = joined == null ? left + right : joined;
			if (StringDistance.levenshtein(joined, word) <= 1) {
				return !other.contains(left) && !other.contains(right);
			}
		}
		return false;
	}
}
