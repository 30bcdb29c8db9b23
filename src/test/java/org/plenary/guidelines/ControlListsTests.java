package org.plenary.guidelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.shared.ControlList;

/** The shipped control lists: how many entries stand on a day, the tree of groups, and the renumbering between revisions. */
class ControlListsTests {

	static final Guidelines GUIDELINES = Guidelines.fromReferenceData();

	static List<ControlListEntry> entries(ControlList list, String day) {
		return GUIDELINES.entries(list, LocalDate.parse(day)).stream().filter(e -> !e.group()).toList();
	}

	static List<String> numbers(ControlList list, String day) {
		return entries(list, day).stream().map(ControlListEntry::entry).toList();
	}

	/** Annex A's two materials and Annex B's sections 1-7 at their finest numbered level, as the 2013 restructuring left them. */
	@Test
	void theTriggerListHasItsFinestEntriesBeforeAndAfterThe2013Restructuring() {
		assertThat(entries(ControlList.TRIGGER, "2012-01-01")).hasSize(131);
		assertThat(entries(ControlList.TRIGGER, "2014-01-01")).hasSize(131);
		assertThat(numbers(ControlList.TRIGGER, "2012-01-01")).contains("3.5", "3.6").doesNotContain("7.2.1", "7.2.2");
		assertThat(numbers(ControlList.TRIGGER, "2014-01-01")).contains("7.2.1", "7.2.2", "A1.1", "A1.2", "7.1.6")
			.doesNotContain("3.5", "3.6", "SM", "SFM", "2.4", "7.7.6");
		assertThat(entries(ControlList.TRIGGER, "2014-01-01").stream().filter(e -> e.entry().startsWith("5."))).hasSize(92);
	}

	@Test
	void theDualUseAnnexHasSoftwareAndTechnologyEntries() {
		assertThat(entries(ControlList.DUAL_USE, "2020-01-01")).hasSize(81);
		assertThat(numbers(ControlList.DUAL_USE, "2020-01-01")).contains("1.D.1", "1.E.1", "3.D.3", "4.B.2", "5.A.1")
			.doesNotContain("4.A.4", "5.B.5", "1.D", "1.E");
		assertThat(GUIDELINES.read(ControlList.DUAL_USE, "1.D.2", LocalDate.parse("2020-01-01")).entry().title())
			.startsWith("Software");
	}

	/**
	 * Every row hangs from a row of the same list, a group or an entry whose lettered items are entries
	 * too (e.g. 5.5.7 and 5.5.7.a), so the tree can be browsed from its sections down.
	 */
	@Test
	void everyParentIsAGroupOfTheSameList() {
		for (ControlList list : List.of(ControlList.TRIGGER, ControlList.DUAL_USE)) {
			List<ControlListEntry> all = GUIDELINES.entries(list, LocalDate.parse("2020-01-01"));
			for (ControlListEntry e : all) {
				if (e.parent() != null) {
					assertThat(all).as(e.entry() + "'s parent").anySatisfy(p -> assertThat(p.entry()).isEqualTo(e.parent()));
				}
			}
		}
	}

	@Test
	void aGroupIsRefusedWithTheEntriesToNameInstead() {
		assertThatThrownBy(() -> GUIDELINES.read(ControlList.TRIGGER, "5.2", LocalDate.parse("2020-01-01")))
			.isInstanceOf(UnknownEntryException.class)
			.hasMessageContaining("'5.2' is a group of the TRIGGER list, not an entry")
			.hasMessageContaining("5.2.1 (Feed systems/product and tails withdrawal systems)")
			.hasMessageContaining("5.2.5 (Frequency changers)");
		assertThatThrownBy(() -> GUIDELINES.read(ControlList.DUAL_USE, "1.D", LocalDate.parse("2020-01-01")))
			.hasMessageContaining("1.D.1 (Software");
		assertThatThrownBy(() -> GUIDELINES.read(ControlList.TRIGGER, "5", LocalDate.parse("2020-01-01")))
			.hasMessageContaining("and 80 more");
	}

	@Test
	void theOldNumbersRetiredFromTheDataAreNotEntries() {
		for (String old : List.of("SM", "SFM", "4")) {
			if (!old.equals("4")) {
				assertThatThrownBy(() -> GUIDELINES.read(ControlList.TRIGGER, old, LocalDate.parse("2020-01-01")))
					.hasMessageContaining("is not an entry of the TRIGGER list in force on 2020-01-01");
			}
		}
		assertThat(GUIDELINES.read(ControlList.TRIGGER, "4", LocalDate.parse("2020-01-01")).entry().group())
			.as("section 4 has no numbered items: it is an entry").isFalse();
		assertThat(GUIDELINES.read(ControlList.TRIGGER, "5.5.7", LocalDate.parse("2020-01-01")).entry().group())
			.as("an entry with lettered items").isFalse();
	}

	/** The plutonium conversion systems moved from the reprocessing section to 7.2 in 2013 (INFCIRC/254/Rev.12/Part 1). */
	@Test
	void anOldNumberReadsAsItsNewOneAfterTheRenumbering() {
		EntryReading r = GUIDELINES.read(ControlList.TRIGGER, "3.5", LocalDate.parse("2016-01-01"));
		assertThat(r.entry().entry()).isEqualTo("7.2.1");
		assertThat(r.renumbering().text())
			.isEqualTo("entry 3.5 of INFCIRC/254/Rev.11/Part 1 reads as 7.2.1 in INFCIRC/254/Rev.12/Part 1");
		assertThat(GUIDELINES.read(ControlList.TRIGGER, "3.5", LocalDate.parse("2010-01-01")).renumbered()).isFalse();
		assertThat(GUIDELINES.currentNumber(ControlList.TRIGGER, "3.6")).isEqualTo("7.2.2");
		assertThat(GUIDELINES.currentNumber(ControlList.TRIGGER, "1.1")).isEqualTo("1.1");
		assertThatThrownBy(() -> GUIDELINES.read(ControlList.TRIGGER, "7.2.1", LocalDate.parse("2010-01-01")))
			.hasMessageContaining("not an entry");
	}

	@Test
	void numbersAreReadWhateverTheirSpelling() {
		LocalDate day = LocalDate.parse("2020-01-01");
		assertThat(GUIDELINES.read(ControlList.TRIGGER, "5.1.1(b)", day).entry().title()).isEqualTo("Rotor tubes");
		assertThat(GUIDELINES.read(ControlList.TRIGGER, "5.1.2a1", day).entry().entry()).isEqualTo("5.1.2.a.1");
		assertThat(GUIDELINES.read(ControlList.TRIGGER, "a1.2", day).entry().title()).isEqualTo("Special fissionable material");
		assertThat(GUIDELINES.read(ControlList.DUAL_USE, "1b2", day).entry().entry()).isEqualTo("1.B.2");
	}

	/** Every Dual-Use row marked verified cites, first, the published text it was read in, with its address. */
	@Test
	void verifiedDualUseRowsCiteTheTextTheyWereReadIn() {
		List<ControlListEntry> verified = GUIDELINES.entries(ControlList.DUAL_USE, LocalDate.parse("2020-01-01")).stream()
			.filter(ControlListEntry::verified).toList();
		assertThat(verified).extracting(ControlListEntry::entry).containsExactlyInAnyOrder("1", "1.A", "1.A.1", "1.A.2", "1.A.3");
		assertThat(verified).allSatisfy(e -> assertThat(e.citations().get(0).url())
				.containsAnyOf("ceskezakony.cz", "nuclearsuppliersgroup.org", "sanctions-finder.com"));
	}

	/** No row claims a verification it does not have: a row is verified, or its note says what was not read. */
	@Test
	void rowsSayWhyTheyAreUnverified() {
		for (ControlList list : List.of(ControlList.TRIGGER, ControlList.DUAL_USE)) {
			for (ControlListEntry e : GUIDELINES.entries(list, LocalDate.parse("2020-01-01"))) {
				assertThat(e.verified() || e.note() != null && e.note().contains("not read")).as(e.entry()).isTrue();
			}
		}
	}
}
