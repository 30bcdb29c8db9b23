package org.plenary.screening.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys under which an index files a normalised name, so that a query is compared only with the
 * names it shares a key with: its tokens, their consonant skeletons (a misspelt or transliterated word
 * still finds it), its given names' lines in the short-name table, its neighbouring words joined, and
 * its Chinese syllables read in either romanisation. The published lists' index and the denials'
 * index both use them.
 */
public final class NameKeys {

	private NameKeys() {
	}

	/**
	 * A name's keys: each token's ({@link #addTokenKeys}) and the name's own ({@link #addNameKeys}).
	 * Two names that share no key are never compared.
	 */
	public static List<String> keysOf(List<String> tokens) {
		List<String> keys = new ArrayList<>(tokens.size() * 3);
		for (String t : tokens) {
			addTokenKeys(t, keys);
		}
		addNameKeys(tokens, keys);
		return keys;
	}

	/**
	 * A token's keys: the token itself; its consonant skeleton for tokens of four letters or more; and
	 * for a given name, its line of the short-name table ("bill" and "william" share one).
	 */
	public static void addTokenKeys(String t, List<String> keys) {
		if (CompanyForms.FORM_TOKENS.contains(t)) {
			return;
		}
		keys.add(t);
		if (t.length() >= 4 && !TokenSimilarity.hasDigit(t)) {
			keys.add("~" + skeleton(t));
		}
		for (int line : GivenNames.lines(t)) {
			keys.add("@" + line);
		}
	}

	/**
	 * A name's own keys: each two neighbouring words written together (so "Patr ushev" finds
	 * "Patrushev" and "nikolaipatrushev" finds "Nikolai Patrushev"), and its Chinese syllable keys (so
	 * "Hsi Chin-ping" finds "Xi Jinping").
	 */
	public static void addNameKeys(List<String> tokens, List<String> keys) {
		for (int i = 0; i + 1 < tokens.size(); i++) {
			String left = tokens.get(i);
			String right = tokens.get(i + 1);
			if (left.length() >= 2 && right.length() >= 2 && !CompanyForms.FORM_TOKENS.contains(left)
					&& !CompanyForms.FORM_TOKENS.contains(right) && !TokenSimilarity.hasDigit(left) && !TokenSimilarity.hasDigit(right)) {
				keys.add(left + right);
			}
		}
		for (String key : ChineseRomanisation.keys(tokens)) {
			keys.add("#" + key);
		}
	}

	/** The first letter, then the consonants with repeats collapsed: "nooristani" and "nuristani" both give "nrstn". */
	static String skeleton(String token) {
		StringBuilder s = new StringBuilder(token.length());
		s.append(token.charAt(0));
		char last = token.charAt(0);
		for (int i = 1; i < token.length(); i++) {
			char c = token.charAt(i);
			if ("aeiouyhw".indexOf(c) < 0 && c != last) {
				s.append(c);
			}
			last = c;
		}
		return s.toString();
	}
}
