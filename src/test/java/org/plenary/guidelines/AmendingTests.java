package org.plenary.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.consensus.GuidelinesAmendment;
import org.plenary.consensus.GuidelinesAmendment.Entry;
import org.plenary.consensus.GuidelinesAmendment.EntryChanges;
import org.plenary.consensus.GuidelinesAmendment.ParagraphChange;
import org.plenary.shared.ControlList;

/** An adopted amendment on the real reference data: the next revision, from its date, and nothing before it changed. */
class AmendingTests {

	static final LocalDate EFFECTIVE = LocalDate.of(2027, 6, 1);
	static final LocalDate BEFORE = EFFECTIVE.minusDays(1);

	final Guidelines guidelines = Guidelines.fromReferenceData();

	AdoptedAmendment amendment() {
		return new AdoptedAmendment(7, "Plenary decision of 2027-05-20 on proposal 7", "Dual-Use review", EFFECTIVE,
				new GuidelinesAmendment(2, EFFECTIVE, List.of(new ParagraphChange("5", "The catch-all, reworded.")),
						new EntryChanges(List.of(new Entry("1.A.99", "Radiation-hardened drones", "1.A")),
								List.of(new Entry("1.A.1", "Radiation shielding windows, retitled", "1.A")), List.of("1.A.2"))));
	}

	@Test
	void theAmendmentIsTheNextRevisionOfItsPartFromItsDate() {
		Revision last = guidelines.revision(2, BEFORE);
		Revision applied = guidelines.apply(amendment());
		assertThat(applied.part()).isEqualTo(2);
		assertThat(applied.validFrom()).isEqualTo(EFFECTIVE);
		assertThat(number(applied)).isEqualTo(number(last) + 1);
		assertThat(applied.document()).isEqualTo("INFCIRC/254/" + applied.revision() + "/Part 2");
		assertThat(guidelines.revision(2, EFFECTIVE)).isEqualTo(applied);
		assertThat(guidelines.revision(2, BEFORE)).isEqualTo(last);
		assertThat(guidelines.revision(1, EFFECTIVE)).isEqualTo(guidelines.revision(1, BEFORE));
	}

	@Test
	void entriesAreAddedRetitledAndRemovedFromTheDateOnly() {
		String oldTitle = guidelines.rulebook(BEFORE).entry(ControlList.DUAL_USE, "1.A.1").orElseThrow().title();
		guidelines.apply(amendment());
		Rulebook before = guidelines.rulebook(BEFORE);
		Rulebook after = guidelines.rulebook(EFFECTIVE);
		assertThat(before.entry(ControlList.DUAL_USE, "1.A.99")).isEmpty();
		assertThat(after.entry(ControlList.DUAL_USE, "1.A.99")).get().extracting(ControlListEntry::title)
				.isEqualTo("Radiation-hardened drones");
		assertThat(before.entry(ControlList.DUAL_USE, "1.A.1")).get().extracting(ControlListEntry::title).isEqualTo(oldTitle);
		assertThat(after.entry(ControlList.DUAL_USE, "1.A.1")).get().extracting(ControlListEntry::title)
				.isEqualTo("Radiation shielding windows, retitled");
		assertThat(before.entry(ControlList.DUAL_USE, "1.A.2")).isPresent();
		assertThat(after.entry(ControlList.DUAL_USE, "1.A.2")).isEmpty();
		assertThat(guidelines.everListed(ControlList.DUAL_USE, "1.A.2")).isTrue();
		assertThat(guidelines.history(ControlList.DUAL_USE, "1.A.1")).extracting(ControlListEntry::title).endsWith(oldTitle,
				"Radiation shielding windows, retitled");
	}

	@Test
	void aRewordedParagraphIsCitedFromTheNewRevisionAndTheOldTextStandsBefore() {
		String oldRef = guidelines.rulebook(BEFORE).ref("P2_CATCH_ALL");
		Revision applied = guidelines.apply(amendment());
		assertThat(guidelines.rulebook(BEFORE).ref("P2_CATCH_ALL")).isEqualTo(oldRef);
		assertThat(guidelines.rulebook(EFFECTIVE).ref("P2_CATCH_ALL")).isEqualTo(applied.document() + " para 5");
		assertThat(guidelines.rulebook(EFFECTIVE).cited(applied.document() + " para 5")).get()
				.extracting(Paragraph::text).isEqualTo("The catch-all, reworded.");
	}

	@Test
	void theDiffBetweenTheRevisionsShowsEveryChangeAndApplyingTwiceChangesNothing() {
		Revision last = guidelines.revision(2, BEFORE);
		Revision applied = guidelines.apply(amendment());
		assertThat(guidelines.apply(amendment())).isEqualTo(applied);
		assertThat(guidelines.revisions().stream().filter(r -> r.part() == 2).count())
				.isEqualTo(Guidelines.fromReferenceData().revisions().stream().filter(r -> r.part() == 2).count() + 1);
		RevisionDiff diff = guidelines.diff(last, applied);
		assertThat(diff.entriesAdded()).extracting(ControlListEntry::entry).containsExactly("1.A.99");
		assertThat(diff.entriesRemoved()).extracting(ControlListEntry::entry).containsExactly("1.A.2");
		assertThat(diff.entriesChanged()).extracting(c -> c.after().entry()).containsExactly("1.A.1");
		assertThat(diff.paragraphsChanged()).extracting(c -> c.after().id()).containsExactly("P2_CATCH_ALL");
		assertThat(diff.paragraphsAdded()).isEmpty();
	}

	private static int number(Revision r) {
		return Integer.parseInt(r.revision().replaceAll("\\D", ""));
	}
}
