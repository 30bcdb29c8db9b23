package org.plenary.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.licensing.Reason;
import org.plenary.licensing.TransferDecision;
import org.plenary.licensing.TransferJson;
import org.plenary.licensing.TransferRulesTestsAccess;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;

import tools.jackson.databind.json.JsonMapper;

/**
 * The revision a reason cites, through the real rules on the shipped data. The expected revisions come
 * from revisions.csv: Part 1 Rev.12 is cited from June 2013 (US NRC rule of 10 July 2014), Rev.13 from
 * October 2016 and Rev.14 from October 2019 (the IAEA circulars); Part 2 Rev.7 is dated 20 March 2006
 * (South African Government Notice 32895), Rev.9 from June 2013, Rev.10 from October 2016, Rev.11 from
 * the end of 2019 and Rev.12 from 29 July 2022 (a South African Government Notice).
 */
class RevisionsTests {

	private static final Guidelines GUIDELINES = Guidelines.fromReferenceData();

	private static TransferDecision reactorToChina(String date) {
		return TransferRulesTestsAccess.assess(date, "CN", ControlList.TRIGGER, "1.1", EndUseActivity.SAFEGUARDED_NUCLEAR);
	}

	/** A Trigger List reactor to China, a nuclear-weapon State: the reason cites Part 1 para 1. */
	private static Reason partOne(String date) {
		return reactorToChina(date).reasons().get(0);
	}

	/** A dual-use machine tool for a nuclear explosive activity: the reason cites Part 2 para 2. */
	private static Reason partTwo(String date) {
		TransferDecision d = TransferRulesTestsAccess.assess(date, "BR", ControlList.DUAL_USE, "1.B.2",
				EndUseActivity.NUCLEAR_EXPLOSIVE);
		return d.reasons().stream().filter(r -> r.ref().contains("/Part 2 ")).findFirst().orElseThrow();
	}

	@Test
	void aTransferCitesThePartOneRevisionInForceOnItsDate() {
		assertThat(partOne("1995-06-01").ref()).isEqualTo("INFCIRC/254/Rev.1/Part 1 para 1");
		assertThat(partOne("2007-06-01").ref()).isEqualTo("INFCIRC/254/Rev.8/Part 1 para 1");
		assertThat(partOne("2012-06-01").ref()).isEqualTo("INFCIRC/254/Rev.10/Part 1 para 1");
		assertThat(partOne("2012-12-01").ref()).isEqualTo("INFCIRC/254/Rev.11/Part 1 para 1");
		assertThat(partOne("2015-06-01").ref()).isEqualTo("INFCIRC/254/Rev.12/Part 1 para 1");
		assertThat(partOne("2017-06-01").ref()).isEqualTo("INFCIRC/254/Rev.13/Part 1 para 1");
		assertThat(partOne("2020-06-01").ref()).isEqualTo("INFCIRC/254/Rev.14/Part 1 para 1");
	}

	@Test
	void aTransferCitesThePartTwoRevisionInForceOnItsDateWithThatRevisionsNumbering() {
		assertThat(partTwo("1995-06-01").ref()).isEqualTo("INFCIRC/254/Rev.1/Part 2 para 2, first indent");
		assertThat(partTwo("2007-06-01").ref()).isEqualTo("INFCIRC/254/Rev.7/Part 2 para 2, first indent");
		assertThat(partTwo("2012-06-01").ref()).isEqualTo("INFCIRC/254/Rev.7/Part 2 para 2, first indent");
		assertThat(partTwo("2015-06-01").ref()).isEqualTo("INFCIRC/254/Rev.9/Part 2 para 2(i)");
		assertThat(partTwo("2017-06-01").ref()).isEqualTo("INFCIRC/254/Rev.10/Part 2 para 2(i)");
		assertThat(partTwo("2020-06-01").ref()).isEqualTo("INFCIRC/254/Rev.11/Part 2 para 2(i)");
		assertThat(partTwo("2023-06-01").ref()).isEqualTo("INFCIRC/254/Rev.12/Part 2 para 2(i)");
	}

	@Test
	void aDateInsideAnUncertainRangeSaysSoInTheReason() {
		assertThat(partOne("1995-06-01").refNote()).contains("INFCIRC/254/Rev.1/Part 1", "between 1992-04-03 and 1996-04-29");
		assertThat(partOne("2007-06-01").refNote()).contains("INFCIRC/254/Rev.9/Part 1", "may already have been in force");
		assertThat(partTwo("1995-06-01").refNote()).contains("INFCIRC/254/Rev.2/Part 2", "between 1992-05-15 and 1996-06-07");
		assertThat(partTwo("2012-06-01").refNote()).contains("Rev.8 came between INFCIRC/254/Rev.7/Part 2");
		assertThat(partTwo("2019-11-01").refNote()).contains("INFCIRC/254/Rev.11/Part 2", "between 2019-01-01 and 2019-12-31");
		assertThat(partOne("2017-06-01").refNote()).isNull();
		assertThat(partTwo("2017-06-01").refNote()).isNull();
	}

	@Test
	void theNoteReachesTheDecisionJsonOnlyWhenThereIsDoubt() {
		TransferJson json = new TransferJson(JsonMapper.builder().build());
		assertThat(json.write(reactorToChina("2007-06-01"))).contains("\"refNote\":\"INFCIRC/254/Rev.9/Part 1 may already have been in force");
		assertThat(json.write(reactorToChina("2017-06-01"))).doesNotContain("refNote");
	}

	@Test
	void everyConfirmedRevisionIsListedPerPart() {
		List<Revision> all = GUIDELINES.revisions();
		assertThat(all.stream().filter(r -> r.part() == 1).map(Revision::revision)).containsExactly("INFCIRC/254", "Rev.1",
				"Rev.2", "Rev.3", "Rev.8", "Rev.9", "Rev.10", "Rev.11", "Rev.12", "Rev.13", "Rev.14");
		assertThat(all.stream().filter(r -> r.part() == 2).map(Revision::revision)).containsExactly("Rev.1", "Rev.2", "Rev.3",
				"Rev.7", "Rev.9", "Rev.10", "Rev.11", "Rev.12");
		assertThat(all.stream().filter(Revision::ranged).count()).isEqualTo(12);
		assertThat(all.stream().filter(r -> !r.ranged()).count()).isEqualTo(7);
	}

	@Test
	void anUncertainStartIsShownAsItsRange() {
		Revision rev12 = GUIDELINES.revisions().stream().filter(r -> r.document().equals("INFCIRC/254/Rev.12/Part 1"))
				.findFirst().orElseThrow();
		assertThat(rev12.when()).isEqualTo("between 2013-06-01 and 2013-06-30 (cited from 2013-06-14)");
		assertThat(GUIDELINES.revision(1, LocalDate.parse("2013-06-13")).revision()).isEqualTo("Rev.11");
		assertThat(GUIDELINES.revisionNote(1, LocalDate.parse("2013-06-13"))).contains("INFCIRC/254/Rev.12/Part 1");
	}

	@Test
	void aParagraphNumberedDifferentlyBefore2013KeepsItsOwnAnchorOnTheGuidelinesPage() {
		List<String> anchors = GUIDELINES.paragraphs().stream().map(Paragraph::anchor).toList();
		assertThat(anchors).doesNotHaveDuplicates().contains("P2_BASIC_NEA", "P2_BASIC_NEA-to-2013-06-14", "P1_FULL_SCOPE");
	}

	@Test
	void noRowCarriesAnAuthoringMarker() {
		for (Revision r : GUIDELINES.revisions()) {
			assertThat(r.source() + " " + r.note()).doesNotContain("from memory", "nsg-domain", "[U]", "[V]", "[P]");
			if (r.verified()) {
				assertThat(r.note()).doesNotContainIgnoringCase("unverified");
			}
		}
		for (Paragraph p : GUIDELINES.paragraphs()) {
			assertThat(p.source() + " " + p.text()).doesNotContain("from memory", "nsg-domain", "[U]", "[V]", "[P]");
		}
	}
}
