package org.plenary.screening.matching;

import java.util.function.Function;

/**
 * Every threshold and weight of the name matcher, as settings ({@code plenary.screening.match.*}, bound by the
 * screening configuration, or read by {@link #fromEnvironment()} for the commands).
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
 * @param formMismatchPenalty how much lower two company names score when each has a legal form and the
 *        forms are of different kinds (a stock corporation against a limited-liability company)
 * @param substitutionPenalty how much lower two names score when each has a name word the other lacks
 *        (one word replaced by another, as in two relatives' names, rather than one name left out)
 * @param patronymicWeight how much an unmatched East Slavic patronymic counts against the score (it is
 *        often left out: "Sergey Lavrov" for "Sergey Viktorovich Lavrov")
 * @param dateWeight how much a date of birth that agrees with the list's raises a hit's score, at the
 *        precision of a day; a third as much for each part (month, day) that one side leaves out ({@link Corroboration})
 * @param datePenalty how much a date of birth that clearly differs from every date the list gives lowers
 *        a hit's score; by default {@code 1 - threshold + 0.05}, so that even an identical name (a namesake)
 *        falls below the threshold
 * @param countryWeight how much a country that is among the list's countries raises a hit's score
 * @param countryPenalty how much a country that is none of the list's countries lowers a hit's score
 *        (less than a date: people move and companies have branches abroad)
 */
public record MatchSettings(Double threshold, Double tokenFloor, Double formWeight, Double shortWeight, Double minWeight,
		Double numberPenalty, Double compactBonus, Double extraNameWeight, Double unmatchedFormWeight, Double formMismatchPenalty,
		Double substitutionPenalty, Double patronymicWeight, Double dateWeight, Double datePenalty, Double countryWeight,
		Double countryPenalty) {

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
		formMismatchPenalty = formMismatchPenalty == null ? 0.15 : formMismatchPenalty;
		substitutionPenalty = substitutionPenalty == null ? 0.05 : substitutionPenalty;
		patronymicWeight = patronymicWeight == null ? 0.5 : patronymicWeight;
		dateWeight = dateWeight == null ? 0.03 : dateWeight;
		datePenalty = datePenalty == null ? Math.round((1 - threshold + 0.05) * 1000) / 1000.0 : datePenalty;
		countryWeight = countryWeight == null ? 0.02 : countryWeight;
		countryPenalty = countryPenalty == null ? 0.04 : countryPenalty;
	}

	/** These settings with another threshold (and the date penalty that goes with it, unless it was set). */
	public MatchSettings withThreshold(Double value) {
		boolean derived = datePenalty.equals(new MatchSettings(threshold, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null).datePenalty());
		return value == null ? this : new MatchSettings(value, tokenFloor, formWeight, shortWeight, minWeight, numberPenalty,
				compactBonus, extraNameWeight, unmatchedFormWeight, formMismatchPenalty, substitutionPenalty, patronymicWeight,
				dateWeight, derived ? null : datePenalty, countryWeight, countryPenalty);
	}

	/**
	 * The settings as the commands that run without the application see them: each from the system
	 * property {@code plenary.screening.match.<name>} or the environment variable
	 * {@code PLENARY_SCREENING_MATCH_<NAME>} (e.g. {@code PLENARY_SCREENING_MATCH_TOKEN_FLOOR}), else its default.
	 */
	public static MatchSettings fromEnvironment() {
		return from(MatchSettings::setting);
	}

	public static MatchSettings defaults() {
		return from(name -> null);
	}

	/** The settings, each looked up by its property name ({@code token-floor}); null keeps the default. */
	private static MatchSettings from(Function<String, Double> setting) {
		return new MatchSettings(setting.apply("threshold"), setting.apply("token-floor"), setting.apply("form-weight"),
				setting.apply("short-weight"), setting.apply("min-weight"), setting.apply("number-penalty"),
				setting.apply("compact-bonus"), setting.apply("extra-name-weight"), setting.apply("unmatched-form-weight"),
				setting.apply("form-mismatch-penalty"), setting.apply("substitution-penalty"), setting.apply("patronymic-weight"),
				setting.apply("date-weight"), setting.apply("date-penalty"), setting.apply("country-weight"),
				setting.apply("country-penalty"));
	}

	private static Double setting(String name) {
		String value = System.getProperty("plenary.screening.match." + name);
		if (value == null) {
			value = System.getenv("PLENARY_SCREENING_MATCH_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
		}
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("plenary.screening.match." + name + " must be a number, not '" + value + "'");
		}
	}

}
