package org.plenary.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.licensing.TransferRulesTests.assess;
import static org.plenary.licensing.TransferRulesTests.codes;

import org.junit.jupiter.api.Test;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;

/** A transfer names one entry of the lists at their finest level: groups are refused, old numbers read as new ones. */
class TransferEntriesTests {

	@Test
	void aTransferNamingAGroupIsRefusedWithTheEntriesToName() {
		assertThatThrownBy(() -> assess("2020-01-01", "JP", ControlList.TRIGGER, "5.1", EndUseActivity.SAFEGUARDED_NUCLEAR))
			.isInstanceOf(InvalidTransferException.class)
			.hasMessageContaining("'5.1' is a group of the TRIGGER list, not an entry")
			.hasMessageContaining("5.1.1.b (Rotor tubes)");
		assertThatThrownBy(() -> assess("2020-01-01", "JP", ControlList.DUAL_USE, "1.E", EndUseActivity.NON_NUCLEAR))
			.hasMessageContaining("1.E.1 (Technology");
	}

	/** Part 2 software and technology can now be assessed like equipment (the Annex's D and E sub-categories). */
	@Test
	void softwareAndTechnologyEntriesCanBeAssessed() {
		TransferDecision software = assess("2020-01-01", "JP", ControlList.DUAL_USE, "1.D.2", EndUseActivity.NON_NUCLEAR);
		TransferDecision machine = assess("2020-01-01", "JP", ControlList.DUAL_USE, "1.B.2", EndUseActivity.NON_NUCLEAR);
		assertThat(software.outcome()).isEqualTo(machine.outcome());
		assertThat(codes(software)).isEqualTo(codes(machine));
	}

	/** A licence under the pre-2013 reprocessing number 3.5 reads under 7.2.1 once the Trigger List was restructured. */
	@Test
	void anOldNumberIsAssessedUnderItsNewEntryAndTheDecisionSaysSo() {
		TransferDecision d = assess("2016-01-01", "JP", ControlList.TRIGGER, "3.5", EndUseActivity.SAFEGUARDED_NUCLEAR);
		TransferDecision same = assess("2016-01-01", "JP", ControlList.TRIGGER, "7.2.1", EndUseActivity.SAFEGUARDED_NUCLEAR);
		assertThat(d.reasons().get(0).code()).isEqualTo("ENTRY_RENUMBERED");
		assertThat(d.reasons().get(0).text()).contains("entry 3.5 of INFCIRC/254/Rev.11/Part 1 reads as 7.2.1 in "
				+ "INFCIRC/254/Rev.12/Part 1");
		assertThat(d.outcome()).isEqualTo(same.outcome());
		assertThat(d.reasons().subList(1, d.reasons().size())).isEqualTo(same.reasons());
		assertThat(codes(assess("2010-01-01", "JP", ControlList.TRIGGER, "3.5", EndUseActivity.SAFEGUARDED_NUCLEAR)))
			.doesNotContain("ENTRY_RENUMBERED");
	}
}
