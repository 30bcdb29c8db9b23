package org.plenary.screening.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Legal company forms: every spelling of one ({@code aktiengesellschaft}, {@code a g}, a slip as in
 * {@code joynt stock company}) to its short form ({@code ag}), a form glued to a name split off
 * ({@code jscargument}), the form and particle tokens that say little about who a party is, and the
 * two kinds of form (stock corporations, limited-liability companies) that tell companies apart.
 */
final class CompanyForms {

	private CompanyForms() {
	}

	/** Company forms, long spellings first, as token sequences, and the short form each becomes. */
	private static final List<Map.Entry<List<String>, String>> FORMS = formsOf(LegalForms.withBuiltIn(
			"obshchestvo s ogranichennoy otvetstvennostyu=ooo", "obshchestvo s ogranichennoi otvetstvennostiu=ooo",
			"obshestvo s ogranichennoy otvetstvennostyu=ooo", "aktsionernoe obshchestvo=ao", "aktsionernoye obshchestvo=ao",
			"akcionernoe obshchestvo=ao", "otkrytoe aktsionernoe obshchestvo=oao", "zakrytoe aktsionernoe obshchestvo=zao",
			"publichnoe aktsionernoe obshchestvo=pao", "joint stock company=jsc", "open joint stock company=ojsc",
			"closed joint stock company=cjsc", "limited liability company=llc", "limited liability partnership=llp",
			"public limited company=plc", "societatea cu raspundere limitata=srl", "societa a responsabilita limitata=srl",
			"sociedad de responsabilidad limitada=srl", "gesellschaft mit beschrankter haftung=gmbh",
			"gesellschaft mit beschraenkter haftung=gmbh", "sociedad anonima=sa", "societe anonyme=sa", "s a r l=sarl",
			"s r l=srl", "s a=sa", "s p a=spa", "b v=bv", "n v=nv", "a g=ag", "l l c=llc", "l l p=llp", "l p=lp", "co ltd=co ltd",
			"aktiengesellschaft=ag", "aktiengeselschaft=ag", "aktiebolag=ab", "aksjeselskap=as", "limited=ltd",
			"incorporated=inc", "corporation=corp", "company=co", "kabushiki kaisha=kk", "sdn bhd=sdn bhd"));

	/** The company forms by their first word, so that a name is scanned once. */
	private static final Map<String, List<Map.Entry<List<String>, String>>> FORMS_BY_FIRST = byFirst();

	private static Map<String, List<Map.Entry<List<String>, String>>> byFirst() {
		Map<String, List<Map.Entry<List<String>, String>>> map = new java.util.HashMap<>();
		for (Map.Entry<List<String>, String> form : FORMS) {
			map.computeIfAbsent(form.getKey().get(0), k -> new ArrayList<>()).add(form);
		}
		return map;
	}

	/** The short company forms; they say little about who a party is, so they weigh little. */
	static final Set<String> FORM_TOKENS = LegalForms.plusShortForms("ooo", "ao", "oao", "zao", "pao", "jsc", "ojsc", "cjsc", "llc", "llp", "plc",
			"srl", "sarl", "gmbh", "sa", "spa", "bv", "nv", "ag", "ab", "as", "ltd", "inc", "corp", "co", "kk", "sdn", "bhd",
			"pte", "pty", "lp", "fze", "fzco", "fzc", "the", "of", "and", "de", "la", "el", "al", "bin", "ben", "ibn", "bint",
			"abu", "van", "von", "der", "den", "du", "da", "dos", "del", "di", "le", "shaikh", "sheikh", "haji", "hajji", "mr", "mrs",
			"dr");

	/** Legal company forms proper (a subset of {@link #FORM_TOKENS}): two names often differ only in these. */
	static final Set<String> LEGAL_FORMS = LegalForms.plusShortForms("ooo", "ao", "oao", "zao", "pao", "jsc", "ojsc", "cjsc", "llc", "llp", "plc",
			"srl", "sarl", "gmbh", "sa", "spa", "bv", "nv", "ag", "ab", "as", "ltd", "inc", "corp", "co", "kk", "sdn", "bhd",
			"pte", "pty", "lp", "fze", "fzco", "fzc");

	/** Stock corporations and limited-liability companies: a name with one kind is not the same company as one with the other. */
	private static final Set<String> STOCK_FORMS = LegalForms.plusKind("stock", "ag", "sa", "jsc", "ao", "pao", "ojsc", "oao", "zao", "cjsc", "nv",
			"plc", "spa", "ab", "inc", "corp", "kk");
	private static final Set<String> LIMITED_FORMS = LegalForms.plusKind("limited", "ooo", "llc", "gmbh", "srl", "sarl", "bv", "ltd", "pty", "llp");

	/** Whether each name has a legal form, of one kind only, and the kinds differ. */
	static boolean kindsDiffer(List<String> a, List<String> b) {
		int ka = formKind(a);
		int kb = formKind(b);
		return ka > 0 && kb > 0 && ka != kb;
	}

	/** 1 for stock forms only, 2 for limited forms only, 0 for none or both. */
	private static int formKind(List<String> tokens) {
		boolean stock = false;
		boolean limited = false;
		for (String t : tokens) {
			stock |= STOCK_FORMS.contains(t);
			limited |= LIMITED_FORMS.contains(t);
		}
		return stock == limited ? 0 : stock ? 1 : 2;
	}

	private static final List<String> GLUED = List.of("ooo", "ojsc", "cjsc", "jsc", "llc", "oao", "zao", "pao");

	static List<String> unglue(String token) {
		for (String form : GLUED) {
			if (token.length() >= form.length() + 3 && token.startsWith(form) && !Character.isDigit(token.charAt(form.length()))) {
				return List.of(form, token.substring(form.length()));
			}
		}
		return List.of(token);
	}

	static List<String> shortened(List<String> tokens) {
		List<String> out = new ArrayList<>(tokens.size());
		int i = 0;
		outer:
		while (i < tokens.size()) {
			for (Map.Entry<List<String>, String> form : formsStartingWith(tokens.get(i))) {
				List<String> words = form.getKey();
				if (i + words.size() <= tokens.size() && sameForm(words, tokens, i)) {
					for (String t : form.getValue().split(" ")) {
						out.add(t);
					}
					i += words.size();
					continue outer;
				}
			}
			out.add(tokens.get(i++));
		}
		return out;
	}

	/** The forms whose first word is {@code first}, or is within one typing slip of it (for words of five letters or more). */
	private static List<Map.Entry<List<String>, String>> formsStartingWith(String first) {
		List<Map.Entry<List<String>, String>> exact = FORMS_BY_FIRST.get(first);
		if (exact != null || first.length() < 4) {
			return exact == null ? List.of() : exact;
		}
		List<String> candidates = FIRST_WORDS_BY_LETTER.get(first.charAt(0));
		if (candidates == null) {
			return List.of();
		}
		List<Map.Entry<List<String>, String>> near = null;
		for (String word : candidates) {
			if (Math.abs(word.length() - first.length()) <= 1 && nearWord(word, first, false)) {
				if (near == null) {
					near = new ArrayList<>();
				}
				near.addAll(FORMS_BY_FIRST.get(word));
			}
		}
		return near == null ? List.of() : near;
	}

	/** The forms' first words of five letters or more, by their first letter: the only ones a slip is forgiven in. */
	private static final Map<Character, List<String>> FIRST_WORDS_BY_LETTER = firstWordsByLetter();

	private static Map<Character, List<String>> firstWordsByLetter() {
		Map<Character, List<String>> map = new java.util.HashMap<>();
		for (String word : FORMS_BY_FIRST.keySet()) {
			if (word.length() >= 5) {
				map.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(word);
			}
		}
		return map;
	}

	/**
	 * Whether the tokens from {@code at} spell the form's words, allowing one typing slip in a word of
	 * five letters or more ("joynt stock company") and a long last word cut short ("joint stock compan").
	 */
	private static boolean sameForm(List<String> words, List<String> tokens, int at) {
		boolean multiWord = words.size() > 1;
		for (int k = 0; k < words.size(); k++) {
			String expected = words.get(k);
			String actual = tokens.get(at + k);
			if (expected.equals(actual)) {
				continue;
			}
			boolean last = at + k == tokens.size() - 1;
			if (!(multiWord || expected.length() >= 7) || !nearWord(expected, actual, last)) {
				return false;
			}
		}
		return true;
	}

	private static boolean nearWord(String expected, String actual, boolean lastOfName) {
		if (expected.length() >= 5 && actual.length() >= 4 && expected.charAt(0) == actual.charAt(0)
				&& StringDistance.levenshtein(expected, actual) <= 1) {
			return true;
		}
		return lastOfName && actual.length() >= 5 && expected.length() > actual.length() && expected.startsWith(actual);
	}

	private static List<Map.Entry<List<String>, String>> formsOf(List<String> specs) {
		java.util.Set<List<String>> seen = new java.util.HashSet<>();
		List<Map.Entry<List<String>, String>> result = new ArrayList<>();
		for (String spec : specs) {
			String[] parts = spec.split("=");
			List<String> words = List.of(parts[0].split(" "));
			if (seen.add(words)) { // the first spelling given wins: the built-in forms before the data file
				result.add(Map.entry(words, parts[1]));
			}
		}
		result.sort((a, b) -> b.getKey().size() - a.getKey().size());
		return List.copyOf(result);
	}
}
