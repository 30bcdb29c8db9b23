package org.plenary.screening.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a party's country and date of birth do to a hit's name score, applied after the name matcher
 * (which it leaves untouched) and only where both the request and the list give them:
 * <ul>
 * <li>a date of birth equal to one the list gives, at the precision both give, raises the score by
 * {@link MatchSettings#dateWeight()}, a third of it for each part (month, day) that one side leaves
 * out; one that differs from every date the list gives (another year; more than a year apart where the
 * list gives only a year or says circa) lowers it by {@link MatchSettings#datePenalty()}, enough that a
 * namesake falls below the threshold; the same year with another month or day changes nothing;</li>
 * <li>a country among the list's raises it by {@link MatchSettings#countryWeight()}; one that is
 * none of them lowers it by {@link MatchSettings#countryPenalty()};</li>
 * <li>nothing on either side: no change, and the request's side not given says nothing.</li>
 * </ul>
 * Each step is a {@link Note} that says what it did, for the hit's explanation.
 */
public final class Corroboration {

	/** What a request gives beside the name: an alpha-2 country code and a date of birth, each null when not given. */
	public record Evidence(String country, BirthDate dateOfBirth) {

		public static final Evidence NONE = new Evidence(null, null);

		public boolean isEmpty() {
			return country == null && dateOfBirth == null;
		}

		/**
		 * The country (an ISO 3166-1 code or a name) and the date of birth ({@code yyyy}, {@code yyyy-mm} or
		 * {@code yyyy-mm-dd}, no later than {@code today}) a party gives, blank for not given; throws
		 * {@link IllegalArgumentException} naming the field when one is not a country or a date.
		 */
		public static Evidence given(String country, String dateOfBirth, java.time.LocalDate today) {
			String code = null;
			if (country != null && !country.isBlank()) {
				code = Countries.code(country).orElseThrow(() -> new IllegalArgumentException("'country' " + Countries.MUST + "; got '"
						+ org.plenary.shared.Inputs.shown(country) + "'"));
			}
			BirthDate date = null;
			if (dateOfBirth != null && !dateOfBirth.isBlank()) {
				try {
					date = BirthDate.given(dateOfBirth, today);
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalArgumentException("'dateOfBirth' " + ex.getMessage() + "; got '" + org.plenary.shared.Inputs.shown(dateOfBirth) + "'", ex);
				}
			}
			return new Evidence(code, date);
		}

		/** As far as the texts can be read: a country this table does not know, or a date that is not one, is left out. */
		public static Evidence readable(String country, String dateOfBirth) {
			BirthDate date = null;
			if (dateOfBirth != null && !dateOfBirth.isBlank()) {
				date = BirthDate.listed(dateOfBirth).filter(d -> !d.circa()).orElse(null);
			}
			return new Evidence(Countries.code(country).orElse(null), date);
		}
	}

	/**
	 * One check: the field ({@code country} or {@code dateOfBirth}), the value given, what the list gives,
	 * the outcome ({@code AGREES}, {@code CLOSE}, {@code DIFFERS}, {@code NOT_LISTED}), the change to the
	 * score, and a sentence saying so.
	 */
	public record Note(String field, String given, List<String> listed, String outcome, double adjustment, String text) {
	}

	/** The checks made and their summed change to the score. */
	public record Result(double adjustment, List<Note> notes) {

		public static final Result NONE = new Result(0, List.of());
	}

	private final MatchSettings settings;

	public Corroboration(MatchSettings settings) {
		this.settings = settings;
	}

	/** What {@code evidence} does against a listed party's countries (codes or names) and dates of birth (ISO text). */
	public Result weigh(Evidence evidence, List<String> listedCountries, List<String> listedDates) {
		if (evidence.isEmpty()) {
			return Result.NONE;
		}
		List<Note> notes = new ArrayList<>(2);
		if (evidence.dateOfBirth() != null) {
			notes.add(date(evidence.dateOfBirth(), listedDates));
		}
		if (evidence.country() != null) {
			notes.add(country(evidence.country(), listedCountries));
		}
		double adjustment = 0;
		for (Note note : notes) {
			adjustment += note.adjustment();
		}
		return new Result(Math.round(adjustment * 10_000) / 10_000.0, List.copyOf(notes));
	}

	/** The name score with the checks' change, kept between 0 and 1. */
	public static double apply(double nameScore, Result result) {
		return Math.max(0, Math.min(1, nameScore + result.adjustment()));
	}

	private Note date(BirthDate given, List<String> listedTexts) {
		List<BirthDate> listed = new ArrayList<>();
		for (String text : listedTexts) {
			BirthDate.listed(text).ifPresent(listed::add);
		}
		List<String> shown = listed.stream().map(BirthDate::toString).toList();
		if (listed.isEmpty()) {
			return new Note("dateOfBirth", given.toString(), shown, "NOT_LISTED", 0,
					"date of birth " + given + ": the list gives none, no change");
		}
		BirthDate.Outcome best = BirthDate.Outcome.DIFFERS;
		int precision = 0;
		for (BirthDate d : listed) {
			BirthDate.Outcome outcome = given.against(d);
			int both = Math.min(given.precision(), d.precision());
			if (outcome.compareTo(best) < 0 || (outcome == best && both > precision)) {
				best = outcome;
				precision = both;
			}
		}
		double adjustment = switch (best) {
			case AGREES -> round(settings.dateWeight() * precision / 3);
			case CLOSE -> 0;
			case DIFFERS -> -settings.datePenalty();
		};
		String verb = switch (best) {
			case AGREES -> "agrees with";
			case CLOSE -> "is close to";
			case DIFFERS -> "differs from";
		};
		return new Note("dateOfBirth", given.toString(), shown, best.name(), adjustment,
				"date of birth " + given + " " + verb + " the list's " + String.join(", ", shown) + ": " + change(adjustment));
	}

	private Note country(String given, List<String> listedTexts) {
		Set<String> listed = new LinkedHashSet<>();
		for (String text : listedTexts) {
			Optional<String> code = Countries.code(text);
			code.ifPresent(listed::add);
		}
		List<String> shown = List.copyOf(listed);
		if (listed.isEmpty()) {
			return new Note("country", given, shown, "NOT_LISTED", 0, "country " + given + ": the list gives none, no change");
		}
		boolean agrees = listed.contains(given);
		double adjustment = agrees ? settings.countryWeight() : -settings.countryPenalty();
		return new Note("country", given, shown, agrees ? "AGREES" : "DIFFERS", adjustment, "country " + given
				+ (agrees ? " agrees with" : " differs from") + " the list's " + String.join(", ", shown) + ": " + change(adjustment));
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

	private static String change(double adjustment) {
		String figure = java.math.BigDecimal.valueOf(Math.abs(adjustment)).stripTrailingZeros().toPlainString();
		return adjustment == 0 ? "no change" : (adjustment > 0 ? "+" : "-") + figure;
	}
}
