package org.plenary.screening.denials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.guidelines.Guidelines;
import org.plenary.licensing.DenialMatch;
import org.plenary.licensing.Transfer;
import org.plenary.screening.matching.MatchSettings;
import org.plenary.screening.matching.NameMatcher;
import org.plenary.screening.matching.NameNormalizer;
import org.plenary.screening.matching.TokenWeights;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;

/**
 * "Essentially identical" compares the finest entries, on the real control lists: a denial of one
 * sub-entry binds that sub-entry only, and an old number meets its new one.
 */
class DenialEntriesTests {

	static final GuidelineEntries ENTRIES = new GuidelineEntries(Guidelines.fromReferenceData());
	static final NameMatcher MATCHER = new NameMatcher(TokenWeights.from(List.of(NameNormalizer.tokens("Kavir Rotor Works")),
			MatchSettings.defaults()), MatchSettings.defaults());

	static Denial denial(String entry, LocalDate on) {
		return new Denial(1, "DE", "DE-2012-0007", on, ControlList.TRIGGER, entry, "Kavir Rotor Works", List.of(), null, "IR",
				"enrichment", "END_USER_CONCERN", DenialAggregate.ACTIVE, on.plusYears(3), "officer-de");
	}

	static List<DenialMatch> find(DenialIndex index, String entry, LocalDate on) {
		Transfer t = new Transfer("t", on, "FR", "IR", new Transfer.Item(ControlList.TRIGGER, entry, null),
				new Transfer.EndUser("Kavir Rotor Works", "IR", null, null), new Transfer.EndUse(EndUseActivity.NON_NUCLEAR, null, null));
		return index.find(t, MATCHER, Set.of(), "FR");
	}

	@Test
	void aDenialOfOneSubEntryMatchesThatSubEntryOnly() {
		DenialIndex index = DenialIndex.of(List.of(denial("5.1.1.b", LocalDate.parse("2020-01-01"))), ENTRIES);
		LocalDate later = LocalDate.parse("2021-01-01");
		assertThat(find(index, "5.1.1.b", later)).hasSize(1);
		assertThat(find(index, "5.1.1(b)", later)).as("the same entry, spelt as the Annex writes it").hasSize(1);
		assertThat(find(index, "5.1.1.c", later)).as("a sibling").isEmpty();
		assertThat(find(index, "5.1.2.b", later)).as("another part of the same centrifuge").isEmpty();
	}

	@Test
	void aDenialUnderAnOldNumberMatchesATransferUnderTheNewOne() {
		DenialIndex index = DenialIndex.of(List.of(denial("3.5", LocalDate.parse("2012-06-01"))), ENTRIES);
		List<DenialMatch> found = find(index, "7.2.1", LocalDate.parse("2014-01-01"));
		assertThat(found).hasSize(1);
		assertThat(found.get(0).explanation()).contains("the same entry TRIGGER 3.5 (renumbered 7.2.1)");
		assertThat(find(index, "7.2.2", LocalDate.parse("2014-01-01"))).isEmpty();
	}

	@Test
	void aDenialNamingAGroupIsRefusedWithTheEntriesToName() {
		assertThat(ENTRIES.problem(ControlList.TRIGGER, "5.2", LocalDate.parse("2020-01-01")))
			.contains("is a group of the TRIGGER list, not an entry").contains("5.2.3 (Special shut-off and control valves)");
		assertThat(ENTRIES.problem(ControlList.DUAL_USE, "1.D.1", LocalDate.parse("2020-01-01"))).isNull();
	}

	/** A denial notified with the end user's name in Persian meets a transfer naming it in Latin, and says which reading matched. */
	@Test
	void aDenialInPersianScriptMeetsATransferInLatin() {
		LocalDate on = LocalDate.parse("2020-01-01");
		Denial persian = new Denial(2, "DE", "DE-2020-0001", on, ControlList.TRIGGER, "5.1.1.b", "محمد جواد ظريف", List.of(), null,
				"IR", "enrichment", "END_USER_CONCERN", DenialAggregate.ACTIVE, on.plusYears(3), "officer-de");
		DenialIndex index = DenialIndex.of(List.of(persian), ENTRIES);
		java.util.function.Function<String, List<DenialMatch>> find = name -> index.find(new Transfer("t", on.plusDays(10), "FR", "IR",
				new Transfer.Item(ControlList.TRIGGER, "5.1.1.b", null), new Transfer.EndUser(name, "IR", null, null),
				new Transfer.EndUse(EndUseActivity.NON_NUCLEAR, null, null)), MATCHER, Set.of(), "FR");
		List<DenialMatch> matches = find.apply("Mohammad Javad Zarif");
		assertThat(matches).hasSize(1);
		assertThat(matches.get(0).explanation()).contains("read in Persian");
		assertThat(find.apply("Mohammad Reza Zarif")).as("a namesake").isEmpty();
	}
}
