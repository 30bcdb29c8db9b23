package org.plenary.screening;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every threshold and weight of the name matcher, as settings ({@code plenary.screening.match.*}).
 *
 * @param threshold score from which two names match
 * @param tokenFloor token similarity below which a token pair counts for nothing
 * @param formWeight weight of a legal company form or a particle ("ltd", "ag", "al", "de") against a name word
 * @param shortWeight weight of a one- or two-letter token
 * @param minWeight the least weight any token has, however common
 * @param numberPenalty how much a number in one name and not the other lowers the score
 * @param compactBonus the least score two names get when they are equal written without spaces
 * @param extraNameWeight how much the longer name's unmatched tokens count when every token of the
 *        shorter name found a match (a fuller form of the same name: extra given or middle names)
 * @param unmatchedFormWeight how much an unmatched legal company form counts against the score
 */
@ConfigurationProperties("plenary.screening.match")
public record MatchSettings(Double threshold, Double tokenFloor, Double formWeight, Double shortWeight, Double minWeight,
		Double numberPenalty, Double compactBonus, Double extraNameWeight, Double unmatchedFormWeight) {

	public MatchSettings {
		threshold = threshold == null ? 0.80 : threshold;
		tokenFloor = tokenFloor == null ? 0.75 : tokenFloor;
		formWeight = formWeight == null ? 0.15 : formWeight;
		shortWeight = shortWeight == null ? 0.4 : shortWeight;
		minWeight = minWeight == null ? 0.25 : minWeight;
		numberPenalty = numberPenalty == null ? 0.35 : numberPenalty;
		compactBonus = compactBonus == null ? 0.97 : compactBonus;
		extraNameWeight = extraNameWeight == null ? 0.5 : extraNameWeight;
		unmatchedFormWeight = unmatchedFormWeight == null ? 0.5 : unmatchedFormWeight;
	}

	/** These settings with another threshold. */
	public MatchSettings withThreshold(Double value) {
		return value == null ? this : new MatchSettings(value, tokenFloor, formWeight, shortWeight, minWeight, numberPenalty,
				compactBonus, extraNameWeight, unmatchedFormWeight);
	}

	public static MatchSettings defaults() {
		return new MatchSettings(null, null, null, null, null, null, null, null, null);
	}
}
