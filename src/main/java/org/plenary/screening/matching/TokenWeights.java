package org.plenary.screening.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much a token says about who a party is: rare tokens weigh more than common ones (an inverse
 * document frequency over a corpus of names, normally the loaded screening lists), company forms and
 * particles little, unknown tokens the most.
 */
public final class TokenWeights {

	private final Map<String, Integer> frequency;
	private final int names;
	private final MatchSettings settings;
	private final double maxWeight;

	TokenWeights(Map<String, Integer> frequency, int names, MatchSettings settings) {
		this.frequency = frequency;
		this.names = Math.max(names, 1);
		this.settings = settings;
		this.maxWeight = Math.log(1.0 + this.names);
	}

	public static TokenWeights from(Iterable<List<String>> corpus, MatchSettings settings) {
		Map<String, Integer> frequency = new HashMap<>();
		int names = 0;
		for (List<String> tokens : corpus) {
			names++;
			for (String t : new java.util.HashSet<>(tokens)) {
				frequency.merge(t, 1, Integer::sum);
			}
		}
		return new TokenWeights(frequency, names, settings);
	}

	/** The least weight of a rare word: one the lists' names use in about one name in 150 or fewer. */
	static final double RARE = 0.5;

	/**
	 * Whether the corpus (the lists' names) uses the token, and rarely: a distinctive word, not a
	 * misspelling of one (the corpus does not use that) nor a common word.
	 */
	boolean knownRare(String token) {
		return frequency.containsKey(token) && of(token) >= RARE;
	}

	public double of(String token) {
		if (CompanyForms.FORM_TOKENS.contains(token)) {
			return settings.formWeight();
		}
		double idf = Math.log(1.0 + (double) names / (1 + frequency.getOrDefault(token, 0))) / maxWeight;
		double weight = Math.max(settings.minWeight(), idf);
		return token.length() <= 2 && !TokenSimilarity.hasDigit(token) ? weight * settings.shortWeight() : weight;
	}

}
