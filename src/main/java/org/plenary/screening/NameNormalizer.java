package org.plenary.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a name into comparable tokens: Unicode compatibility forms, accents removed, Cyrillic and
 * Greek transliterated to Latin, lower case, punctuation to spaces (apostrophes dropped), legal
 * company forms in any spelling to one short form ({@code aktiengesellschaft} = {@code ag}), a
 * company form glued to a name split off ({@code jscargument} = {@code jsc argument}). Digits are
 * kept as they are: {@code 11420} never equals a word.
 */
final class NameNormalizer {

	/** Company forms, long spellings first, as token sequences, and the short form each becomes. */
	private static final List<Map.Entry<List<String>, String>> FORMS = forms(
			"obshchestvo s ogranichennoy otvetstvennostyu=ooo", "obshchestvo s ogranichennoi otvetstvennostiu=ooo",
			"obshestvo s ogranichennoy otvetstvennostyu=ooo", "aktsionernoe obshchestvo=ao", "aktsionernoye obshchestvo=ao",
			"akcionernoe obshchestvo=ao", "otkrytoe aktsionernoe obshchestvo=oao", "zakrytoe aktsionernoe obshchestvo=zao",
			"publichnoe aktsionernoe obshchestvo=pao", "joint stock company=jsc", "open joint stock company=ojsc",
			"closed joint stock company=cjsc", "limited liability company=llc", "limited liability partnership=llp",
			"public limited company=plc", "societatea cu raspundere limitata=srl", "societa a responsabilita limitata=srl",
			"sociedad de responsabilidad limitada=srl", "gesellschaft mit beschrankter haftung=gmbh",
			"gesellschaft mit beschraenkter haftung=gmbh", "sociedad anonima=sa", "societe anonyme=sa", "s a r l=sarl",
			"s r l=srl", "s a=sa", "s p a=spa", "b v=bv", "n v=nv", "a g=ag", "l l c=llc", "co ltd=co ltd",
			"aktiengesellschaft=ag", "aktiengeselschaft=ag", "aktiebolag=ab", "aksjeselskap=as", "limited=ltd",
			"incorporated=inc", "corporation=corp", "company=co", "kabushiki kaisha=kk", "sdn bhd=sdn bhd");

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
	static final Set<String> FORM_TOKENS = Set.of("ooo", "ao", "oao", "zao", "pao", "jsc", "ojsc", "cjsc", "llc", "llp", "plc",
			"srl", "sarl", "gmbh", "sa", "spa", "bv", "nv", "ag", "ab", "as", "ltd", "inc", "corp", "co", "kk", "sdn", "bhd",
			"pte", "pty", "lp", "fze", "fzco", "fzc", "the", "of", "and", "de", "la", "el", "al", "bin", "ben", "ibn", "bint",
			"abu", "van", "von", "der", "den", "du", "da", "dos", "del", "di", "le");

	/** Legal company forms proper (a subset of {@link #FORM_TOKENS}): two names often differ only in these. */
	static final Set<String> LEGAL_FORMS = Set.of("ooo", "ao", "oao", "zao", "pao", "jsc", "ojsc", "cjsc", "llc", "llp", "plc",
			"srl", "sarl", "gmbh", "sa", "spa", "bv", "nv", "ag", "ab", "as", "ltd", "inc", "corp", "co", "kk", "sdn", "bhd",
			"pte", "pty", "lp", "fze", "fzco", "fzc");

	private static final List<String> GLUED = List.of("ooo", "ojsc", "cjsc", "jsc", "llc", "oao", "zao", "pao");

	private NameNormalizer() {
	}

	static List<String> tokens(String name) {
		if (name == null) {
			return List.of();
		}
		String text = Normalizer.normalize(Transliteration.toLatin(name), Normalizer.Form.NFKD);
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '\u2019' || c == '`') {
				continue;
			}
			clean.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
		}
		List<String> raw = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= clean.length(); i++) {
			boolean space = i == clean.length() || clean.charAt(i) == ' ';
			if (space && start >= 0) {
				raw.addAll(unglue(clean.substring(start, i)));
				start = -1;
			}
			else if (!space && start < 0) {
				start = i;
			}
		}
		return forms(raw);
	}

	/** The name as one string of its tokens without spaces, for names written joined up. */
	static String compact(List<String> tokens) {
		return String.join("", tokens);
	}

	private static List<String> unglue(String token) {
		for (String form : GLUED) {
			if (token.length() >= form.length() + 3 && token.startsWith(form) && !Character.isDigit(token.charAt(form.length()))) {
				return List.of(form, token.substring(form.length()));
			}
		}
		return List.of(token);
	}

	private static List<String> forms(List<String> tokens) {
		List<String> out = new ArrayList<>(tokens.size());
		int i = 0;
		outer:
		while (i < tokens.size()) {
			for (Map.Entry<List<String>, String> form : FORMS_BY_FIRST.getOrDefault(tokens.get(i), List.of())) {
				List<String> words = form.getKey();
				if (i + words.size() <= tokens.size() && tokens.subList(i, i + words.size()).equals(words)) {
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

	private static List<Map.Entry<List<String>, String>> forms(String... specs) {
		List<Map.Entry<List<String>, String>> result = new ArrayList<>();
		for (String spec : specs) {
			String[] parts = spec.split("=");
			result.add(Map.entry(List.of(parts[0].split(" ")), parts[1]));
		}
		result.sort((a, b) -> b.getKey().size() - a.getKey().size());
		return List.copyOf(result);
	}

}
