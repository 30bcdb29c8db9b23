package org.plenary.screening.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a name into comparable tokens: Unicode compatibility forms, accents removed, Cyrillic and
 * Greek transliterated to Latin, lower case, punctuation to spaces (apostrophes dropped), legal
 * company forms in any spelling to one short form ({@code aktiengesellschaft} = {@code ag}), a
 * company form glued to a name split off ({@code jscargument} = {@code jsc argument}). Digits are
 * kept as they are: {@code 11420} never equals a word. A name in another script (Hangul, Han, Arabic,
 * Hebrew, Ethiopic, Khmer, Thai ...) has several Latin {@link #readings}, which the matcher and the
 * indexes compare instead of its tokens.
 */
public final class NameNormalizer {

	private NameNormalizer() {
	}

	/**
	 * One reading of a name as tokens: the system it was read in (null for a name as written: in Latin,
	 * read by the own tables, or kept in its own script), the name's script when it is one that needs
	 * reading (null otherwise), and its tokens.
	 */
	public record Reading(String system, Character.UnicodeScript script, List<String> tokens) {

		/** How this reading came about, for an explanation; empty for a name read as written. */
		String describe(String label) {
			return system == null ? "" : label + " read in " + system + " as '" + String.join(" ", tokens) + "'; ";
		}

		/** Whether these are the tokens of a name kept in a script other than Latin. */
		boolean inOwnScript() {
			return script != null && system == null;
		}

		/**
		 * Whether the two readings may be compared: two names in one script other than Latin are
		 * compared as written, not through readings that may make two different names alike (이재형 and
		 * 이재명 differ in one letter, their readings hyeong and myeong in one too, but at the start); a
		 * name in its own script is never compared with a name in Latin.
		 */
		boolean comparableWith(Reading other) {
			if (script != null && script == other.script) {
				return inOwnScript() && other.inOwnScript();
			}
			return !inOwnScript() && !other.inOwnScript();
		}
	}

	/**
	 * The name's readings as tokens ({@link Scripts#readings}): one for a name in Latin, Cyrillic, Greek,
	 * Armenian, Georgian or kana (found in one pass, never reaching ICU4J); for a name in another script
	 * the name as written and up to {@link Scripts#MAX_READINGS} distinct Latin readings.
	 */
	public static List<Reading> readings(String name) {
		if (name == null || !Scripts.needsReading(name)) {
			return List.of(new Reading(null, null, tokens(name)));
		}
		Character.UnicodeScript script = Scripts.dominantScript(name);
		List<Reading> out = new ArrayList<>();
		out.add(new Reading(null, script, tokens(name)));
		for (Scripts.Latin latin : Scripts.readings(name)) {
			List<String> t = tokens(latin.text());
			if (!t.isEmpty() && out.stream().noneMatch(r -> r.tokens().equals(t))) {
				out.add(new Reading(latin.system(), script, t));
			}
		}
		return List.copyOf(out);
	}

	public static List<String> tokens(String name) {
		if (name == null) {
			return List.of();
		}
		String text = decomposed(Transliteration.toLatin(name));
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '\u2019' || c == '`') {
				continue;
			}
			if (camelBoundary(text, i)) {
				clean.append(' '); // "FridrichBuchenberg": words written together, told apart by their capitals
			}
			clean.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
		}
		List<String> raw = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= clean.length(); i++) {
			boolean space = i == clean.length() || clean.charAt(i) == ' ';
			if (space && start >= 0) {
				raw.addAll(CompanyForms.unglue(unleet(clean.substring(start, i))));
				start = -1;
			}
			else if (!space && start < 0) {
				start = i;
			}
		}
		return CompanyForms.shortened(Spellings.unified(raw));
	}

	/**
	 * Compatibility forms and accents split off (NFKD), except Hangul syllables: split into their
	 * letters, two syllables a letter apart (김정은, 김정일) would look like one name misspelt.
	 */
	private static String decomposed(String text) {
		String nfkd = Normalizer.normalize(text, Normalizer.Form.NFKD);
		if (nfkd.length() == text.length() || !hasHangul(text)) {
			return nfkd;
		}
		StringBuilder out = new StringBuilder(nfkd.length());
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || Hangul.isSyllable(text.charAt(i))) {
				out.append(Normalizer.normalize(text.substring(start, i), Normalizer.Form.NFKD));
				if (i < text.length()) {
					out.append(text.charAt(i));
				}
				start = i + 1;
			}
		}
		return out.toString();
	}

	private static boolean hasHangul(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Hangul.isSyllable(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** Digits written for look-alike letters inside a word ("Ig0r Sech1n"): only digits with a letter on each side. */
	private static final String LEET_DIGITS = "0123456789";
	private static final String LEET_LETTERS = "oizeasgtbg";

	static String unleet(String token) {
		boolean any = false;
		for (int i = 0; i < token.length(); i++) {
			if (Character.isDigit(token.charAt(i))) {
				if (i == 0 || i == token.length() - 1 || !Character.isLetter(token.charAt(i - 1)) || !Character.isLetter(token.charAt(i + 1))) {
					return token;
				}
				any = true;
			}
		}
		if (!any) {
			return token;
		}
		StringBuilder out = new StringBuilder(token);
		for (int i = 0; i < out.length(); i++) {
			int d = LEET_DIGITS.indexOf(out.charAt(i));
			if (d >= 0) {
				out.setCharAt(i, LEET_LETTERS.charAt(d));
			}
		}
		return out.toString();
	}

	/**
	 * A capital after at least three small letters and followed by two ("FridrichBuchenberg"), not the
	 * capitals inside "GmbH", "McDonald" or "DeBeers".
	 */
	private static boolean camelBoundary(String text, int i) {
		if (i < 3 || i + 2 >= text.length() || !Character.isUpperCase(text.charAt(i))
				|| !Character.isLowerCase(text.charAt(i + 1)) || !Character.isLowerCase(text.charAt(i + 2))) {
			return false;
		}
		return Character.isLowerCase(text.charAt(i - 1)) && Character.isLowerCase(text.charAt(i - 2))
				&& Character.isLowerCase(text.charAt(i - 3));
	}

	/** The name as one string of its tokens without spaces, for names written joined up. */
	static String compact(List<String> tokens) {
		return String.join("", tokens);
	}
}
