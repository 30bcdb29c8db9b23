package org.plenary.screening.matching;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * One comparison of two normalised names, step by step as {@link NameMatcher} describes it: the names
 * are read against each other (initials spelled out, split words rejoined), their tokens aligned
 * ({@link Alignment}), and the weighted score then passes each rule in turn; each rule that changed
 * the score says so in the explanation. Used once, by one thread.
 */
final class Comparison {

	private final MatchSettings settings;
	private final List<String> a;
	private final List<String> b;
	private final Alignment alignment;
	private double score;

	private final boolean acronymsDiffer;
	private boolean numbersDiffer;
	private boolean initialsOnly;
	private boolean substituted;
	private boolean formsDiffer;
	private boolean compact;
	private boolean romanised;

	Comparison(List<String> a, List<String> b, TokenWeights weights, MatchSettings settings) {
		this.settings = settings;
		this.acronymsDiffer = Initials.acronymsDiffer(a, b);
		a = Initials.spelledOut(a, b);
		b = Initials.spelledOut(b, a);
		a = SplitWords.rejoined(a, b);
		b = SplitWords.rejoined(b, a);
		this.a = a;
		this.b = b;
		this.alignment = new Alignment(a, b, weights, settings);
	}

	/** Scores the names: the aligned tokens' weighted score, then every rule in turn. */
	double score() {
		score = alignment.weightedScore();
		penaliseNumbers();
		penaliseInitialsOnly();
		// The penalties below only lower a score, so they are weighed only where they can change a match:
		// a score under the threshold is reported without them.
		boolean reaches = score >= settings.threshold();
		penaliseSubstitution(reaches);
		penaliseFormKinds(reaches);
		raiseCompactEquals();
		raiseRomanisations();
		return score;
	}

	/** A number in one name and not the other, or initials in another order or number: two different parties. */
	private void penaliseNumbers() {
		numbersDiffer = !numbers(a).equals(numbers(b));
		if (numbersDiffer || acronymsDiffer) {
			score = Math.max(0, score - settings.numberPenalty());
		}
	}

	/** A name of initials alone against a name in full identifies little. */
	private void penaliseInitialsOnly() {
		initialsOnly = Initials.only(a) != Initials.only(b);
		if (initialsOnly) {
			score *= settings.shortWeight();
		}
	}

	/** Each name has a name word the other lacks: one word replaced by another, as in two relatives' names. */
	private void penaliseSubstitution(boolean reaches) {
		substituted = reaches && alignment.eachLeavesANameWord();
		if (substituted) {
			score = Math.max(0, score - settings.substitutionPenalty());
		}
	}

	/** A stock corporation against a limited-liability company. */
	private void penaliseFormKinds(boolean reaches) {
		formsDiffer = reaches && CompanyForms.kindsDiffer(a, b);
		if (formsDiffer) {
			score = Math.max(0, score - settings.formMismatchPenalty());
		}
	}

	/** Names equal when written without spaces score at least the compact bonus. */
	private void raiseCompactEquals() {
		compact = NameNormalizer.compact(a).equals(NameNormalizer.compact(b)) && score < settings.compactBonus();
		if (compact) {
			score = settings.compactBonus();
		}
	}

	/** One Chinese name in Wade-Giles and in pinyin scores as names equal without spaces. */
	private void raiseRomanisations() {
		romanised = score < settings.threshold() && ChineseRomanisation.sameName(a, b);
		if (romanised) {
			score = settings.compactBonus();
		}
	}

	/** Which token matched which and how well, what stayed unmatched, and every rule that changed the score. */
	String explanation() {
		StringBuilder why = new StringBuilder("matched ");
		alignment.appendPairs(why);
		List<String> unmatched = alignment.unmatched();
		if (!unmatched.isEmpty()) {
			why.append("; unmatched ").append(String.join(", ", unmatched));
		}
		if (numbersDiffer) {
			why.append("; numbers differ ").append(numbers(a)).append(" vs ").append(numbers(b));
		}
		note(why, acronymsDiffer, "initials in another order or number");
		note(why, initialsOnly, "only initials against a name in full");
		note(why, substituted, "a name word replaced by another");
		note(why, formsDiffer, "legal forms of different kinds");
		note(why, compact, "equal when written without spaces");
		note(why, romanised, "one Chinese name in Wade-Giles and pinyin");
		why.append(String.format(Locale.ROOT, "; weighted score %.3f (rare tokens weigh more)", score));
		return why.toString();
	}

	private static void note(StringBuilder why, boolean applied, String rule) {
		if (applied) {
			why.append("; ").append(rule);
		}
	}

	private static TreeSet<String> numbers(List<String> tokens) {
		TreeSet<String> numbers = new TreeSet<>();
		for (String t : tokens) {
			if (TokenSimilarity.hasDigit(t)) {
				numbers.add(t);
			}
		}
		return numbers;
	}
}
