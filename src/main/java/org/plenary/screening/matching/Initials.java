package org.plenary.screening.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Initials in names. A name of two or three letters that spells the initials of consecutive words of
 * the other name is read as those initials ("JC Juncker", "Jean-Claude Juncker"). Initials written in
 * a row form an acronym whose order counts ("C.B.A." is not "A.B.C."). A name of initials alone
 * ("N.N.") identifies no one against a name written in full.
 */
final class Initials {

	private Initials() {
	}

	/**
	 * {@code side} with each token of two or three letters that matches no word of {@code other} but
	 * spells the initials of consecutive words of it split into those initials; {@code side} itself when
	 * there is none (the common case, with no copy).
	 */
	static List<String> spelledOut(List<String> side, List<String> other) {
		List<String> out = null;
		for (int i = 0; i < side.size(); i++) {
			String t = side.get(i);
			boolean spelled = t.length() >= 2 && t.length() <= 3 && !CompanyForms.FORM_TOKENS.contains(t) && allLetters(t)
					&& !other.contains(t) && initialsOf(t, other);
			if (spelled && out == null) {
				out = new ArrayList<>(side.subList(0, i));
			}
			if (spelled) {
				for (int k = 0; k < t.length(); k++) {
					out.add(String.valueOf(t.charAt(k)));
				}
			}
			else if (out != null) {
				out.add(t);
			}
		}
		return out == null ? side : out;
	}

	/** Whether {@code letters} are the first letters of consecutive words (of two letters or more) of {@code other}. */
	private static boolean initialsOf(String letters, List<String> other) {
		int n = letters.length();
		for (int start = 0; start + n <= other.size(); start++) {
			boolean all = true;
			for (int k = 0; k < n && all; k++) {
				String word = other.get(start + k);
				all = word.length() >= 2 && word.charAt(0) == letters.charAt(k) && !CompanyForms.FORM_TOKENS.contains(word);
			}
			if (all) {
				return true;
			}
		}
		return false;
	}

	/** Whether each name has initials in a row ("c b a") and they are not the same. */
	static boolean acronymsDiffer(List<String> a, List<String> b) {
		String ra = acronyms(a);
		if (ra.isEmpty()) {
			return false;
		}
		String rb = acronyms(b);
		return !rb.isEmpty() && !ra.equals(rb);
	}

	/** The runs of two or more one-letter tokens, each run written together, separated by spaces; empty when none. */
	private static String acronyms(List<String> tokens) {
		if (!hasRun(tokens)) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		int run = 0;
		for (int i = 0; i <= tokens.size(); i++) {
			boolean letter = i < tokens.size() && tokens.get(i).length() == 1 && Character.isLetter(tokens.get(i).charAt(0));
			if (letter) {
				run++;
				continue;
			}
			if (run >= 2) {
				if (!out.isEmpty()) {
					out.append(' ');
				}
				for (int k = i - run; k < i; k++) {
					out.append(tokens.get(k));
				}
			}
			run = 0;
		}
		return out.toString();
	}

	private static boolean hasRun(List<String> tokens) {
		for (int i = 1; i < tokens.size(); i++) {
			if (tokens.get(i).length() == 1 && tokens.get(i - 1).length() == 1) {
				return true;
			}
		}
		return false;
	}

	/** Whether every token is a single letter. */
	static boolean only(List<String> tokens) {
		for (String t : tokens) {
			if (t.length() != 1 || !Character.isLetter(t.charAt(0))) {
				return false;
			}
		}
		return true;
	}

	private static boolean allLetters(String t) {
		for (int i = 0; i < t.length(); i++) {
			if (!Character.isLetter(t.charAt(i))) {
				return false;
			}
		}
		return true;
	}
}
