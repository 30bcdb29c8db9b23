package org.plenary.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rule by which a party's date of birth and country raise or lower a hit's name score: at the
 * precision both sides give, a year either side where the list gives only a year or says circa,
 * several listed dates, each side missing, and countries written as codes or as the lists' names.
 */
class CorroborationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	final MatchSettings settings = MatchSettings.defaults();

	final Corroboration corroboration = new Corroboration(settings);

	Corroboration.Result date(String given, String... listed) {
		return corroboration.weigh(new Corroboration.Evidence(null, BirthDate.given(given, TODAY)), List.of(), List.of(listed));
	}

	Corroboration.Result country(String given, String... listed) {
		return corroboration.weigh(new Corroboration.Evidence(Countries.code(given).orElseThrow(), null), List.of(listed), List.of());
	}

	static Corroboration.Note note(Corroboration.Result result) {
		assertThat(result.notes()).hasSize(1);
		return result.notes().get(0);
	}

	@Nested
	class DateOfBirth {

		@Test
		void anExactDateThatAgreesRaisesTheScoreByTheFullWeight() {
			Corroboration.Result r = date("1970-03-14", "1970-03-14");
			assertThat(r.adjustment()).isEqualTo(0.03);
			assertThat(note(r).outcome()).isEqualTo("AGREES");
			assertThat(note(r).text()).isEqualTo("date of birth 1970-03-14 agrees with the list's 1970-03-14: +0.03");
		}

		@Test
		void agreementCountsOnlyAtThePrecisionBothGiveAndWeighsLessWhenLessIsKnown() {
			assertThat(date("1970-03", "1970-03-14").adjustment()).as("a month against a day").isEqualTo(0.02);
			assertThat(date("1970-03-14", "1970").adjustment()).as("a day against a year").isEqualTo(0.01);
			assertThat(date("1970", "1970").adjustment()).isEqualTo(0.01);
		}

		@Test
		void anotherYearLowersTheScoreSoThatANamesakeFallsBelowTheThreshold() {
			Corroboration.Result r = date("1971-03-14", "1970-03-14");
			assertThat(note(r).outcome()).isEqualTo("DIFFERS");
			assertThat(note(r).text()).isEqualTo("date of birth 1971-03-14 differs from the list's 1970-03-14: -0.25");
			assertThat(Corroboration.apply(1.0, r)).as("an identical name born a year later").isLessThan(settings.threshold());
		}

		@Test
		void theSameYearWithAnotherMonthOrDayChangesNothing() {
			Corroboration.Result r = date("1970-11-02", "1970-03-14");
			assertThat(r.adjustment()).isZero();
			assertThat(note(r).outcome()).isEqualTo("CLOSE");
			assertThat(note(r).text()).endsWith("is close to the list's 1970-03-14: no change");
		}

		@Test
		void aListedYearAloneAllowsAYearEitherSide() {
			assertThat(date("1971-06-30", "1970").adjustment()).isZero();
			assertThat(date("1969", "1970").adjustment()).isZero();
			assertThat(date("1972-01-01", "1970").adjustment()).isEqualTo(-0.25);
			assertThat(date("1968", "1970").adjustment()).isEqualTo(-0.25);
		}

		@Test
		void aYearGivenAloneAgainstAFullListedDateAllowsNoYearEitherSide() {
			assertThat(date("1971", "1970-03-14").adjustment()).isEqualTo(-0.25);
		}

		@Test
		void aCircaDateAllowsAYearEitherSideWhateverItsPrecision() {
			assertThat(date("1971-03-14", "1970-03-14~").adjustment()).isZero();
			assertThat(date("1969", "circa 1970").adjustment()).isZero();
			assertThat(date("1970", "c. 1970").adjustment()).isEqualTo(0.01);
			assertThat(date("1972", "approximately 1970").adjustment()).isEqualTo(-0.25);
			assertThat(note(date("1971", "1970~")).text()).isEqualTo("date of birth 1971 is close to the list's circa 1970: no change");
		}

		@Test
		void withSeveralListedDatesTheBestCountsAndOnlyDifferingFromAllLowers() {
			assertThat(date("1970-03-14", "1965-01-01", "1970-03-14").adjustment()).isEqualTo(0.03);
			assertThat(date("1966", "1965", "1970-03-14").adjustment()).as("a year apart from the year-only 1965").isZero();
			Corroboration.Result r = date("1980", "1965", "1970-03-14");
			assertThat(r.adjustment()).isEqualTo(-0.25);
			assertThat(note(r).listed()).containsExactly("1965", "1970-03-14");
			assertThat(note(r).text()).isEqualTo("date of birth 1980 differs from the list's 1965, 1970-03-14: -0.25");
		}

		@Test
		void noDateOnTheListChangesNothingAndSaysSo() {
			Corroboration.Result r = date("1970-03-14");
			assertThat(r.adjustment()).isZero();
			assertThat(note(r).outcome()).isEqualTo("NOT_LISTED");
			assertThat(note(r).text()).isEqualTo("date of birth 1970-03-14: the list gives none, no change");
			assertThat(date("1970", "unknown", "").adjustment()).as("listed text that is not a date").isZero();
		}

		@Test
		void noDateInTheRequestChangesNothingAndSaysNothing() {
			Corroboration.Result r = corroboration.weigh(Corroboration.Evidence.NONE, List.of("IR"), List.of("1970-03-14"));
			assertThat(r.adjustment()).isZero();
			assertThat(r.notes()).isEmpty();
		}

		@Test
		void aRequestsDateMustBeARealPastDateInOneOfThreeForms() {
			assertThat(BirthDate.given(" 1970-03 ", TODAY)).hasToString("1970-03");
			for (String bad : List.of("70", "1970/03/14", "14-03-1970", "1970-13", "1970-02-30", "1970-00", "1970-03-00", "2027",
					"2026-12-04", "1700", "circa 1970", "")) {
				assertThatThrownBy(() -> BirthDate.given(bad, TODAY)).as(bad).isInstanceOf(IllegalArgumentException.class);
			}
		}
	}

	@Nested
	class Country {

		@Test
		void aCountryAmongTheListsRaisesTheScoreALittle() {
			Corroboration.Result r = country("IR", "Iran");
			assertThat(r.adjustment()).isEqualTo(0.02);
			assertThat(note(r).text()).isEqualTo("country IR agrees with the list's IR: +0.02");
			assertThat(country("KP", "Syria", "Korea, North").adjustment()).as("any of the list's countries").isEqualTo(0.02);
		}

		@Test
		void anotherCountryLowersTheScoreLessThanADate() {
			Corroboration.Result r = country("IR", "Democratic People's Republic of Korea");
			assertThat(note(r).text()).isEqualTo("country IR differs from the list's KP: -0.04");
			assertThat(-r.adjustment()).isLessThan(settings.datePenalty());
			assertThat(Corroboration.apply(1.0, r)).as("an identical name in another country still matches")
				.isGreaterThanOrEqualTo(settings.threshold());
		}

		@Test
		void noCountryTheTableKnowsOnTheListChangesNothing() {
			assertThat(note(country("IR")).outcome()).isEqualTo("NOT_LISTED");
			assertThat(country("IR", "Culiacan", "-0-").adjustment()).isZero();
		}

		@Test
		void codesAndTheNamesListsUseAreTheSameCountry() {
			assertThat(Countries.code("ir")).contains("IR");
			assertThat(Countries.code("IRN")).contains("IR");
			assertThat(Countries.code("Iran (Islamic Republic of)")).contains("IR");
			assertThat(Countries.code("Korea, North")).contains("KP");
			assertThat(Countries.code("DPRK")).contains("KP");
			assertThat(Countries.code("Korea, South")).contains("KR");
			assertThat(Countries.code("Burma")).contains("MM");
			assertThat(Countries.code("Russian Federation")).contains("RU");
			assertThat(Countries.code("Syrian Arab Republic")).contains("SY");
			assertThat(Countries.code("United Kingdom of Great Britain and Northern Ireland")).contains("GB");
			assertThat(Countries.code("Côte d’Ivoire")).contains("CI");
			assertThat(Countries.code("the Netherlands")).contains("NL");
			assertThat(Countries.code("Congo, Democratic Republic of the")).contains("CD");
			assertThat(Countries.code("Bolivia (Plurinational State of)")).contains("BO");
			assertThat(Countries.code("Türkiye")).contains("TR");
			assertThat(Countries.code("Narnia")).isEmpty();
			assertThat(Countries.code("ZZ")).isEmpty();
			assertThat(Countries.code(" ")).isEmpty();
		}
	}

	@Test
	void countryAndDateAddUpAndTheScoreStaysBetweenZeroAndOne() {
		Corroboration.Result r = corroboration.weigh(new Corroboration.Evidence("KP", BirthDate.given("1970-03-14", TODAY)),
				List.of("North Korea"), List.of("1970-03-14"));
		assertThat(r.adjustment()).isEqualTo(0.05);
		assertThat(r.notes()).extracting(Corroboration.Note::field).containsExactly("dateOfBirth", "country");
		assertThat(Corroboration.apply(0.98, r)).isEqualTo(1.0);
		assertThat(Corroboration.apply(0.1, date("1990", "1970"))).isZero();
	}

	@Test
	void theDatePenaltyFollowsTheThresholdUnlessItIsSet() {
		assertThat(settings.datePenalty()).isEqualTo(0.25);
		MatchSettings lower = settings.withThreshold(0.7);
		assertThat(lower.datePenalty()).isEqualTo(0.35);
		Corroboration.Result r = new Corroboration(lower).weigh(new Corroboration.Evidence(null, BirthDate.given("1980", TODAY)),
				List.of(), List.of("1970"));
		assertThat(Corroboration.apply(1.0, r)).isLessThan(0.7);
		System.setProperty("plenary.screening.match.date-penalty", "0.4");
		try {
			assertThat(MatchSettings.fromEnvironment().datePenalty()).isEqualTo(0.4);
			assertThat(MatchSettings.fromEnvironment().withThreshold(0.7).datePenalty()).as("a set penalty stays").isEqualTo(0.4);
		}
		finally {
			System.clearProperty("plenary.screening.match.date-penalty");
		}
	}

	@Test
	void theEvidenceOfACommandLeavesOutWhatItCannotRead() {
		assertThat(Corroboration.Evidence.readable("Iran", "1970-03")).isEqualTo(new Corroboration.Evidence("IR",
				new BirthDate(1970, 3, 0, false)));
		assertThat(Corroboration.Evidence.readable("Narnia", "soon").isEmpty()).isTrue();
	}
}
