package org.plenary.licensing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.plenary.guidelines.Guidelines;
import org.plenary.guidelines.Rulebook;
import org.plenary.licensing.Transfer;
import org.plenary.registry.NptStatus;
import org.plenary.registry.Registry;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;
import org.plenary.shared.StateCode;

/** Which exception in force reaches a transfer, on the 2008 statement on India (INFCIRC/734) in the reference data. */
class FactsTests {

	static final Guidelines GUIDELINES = Guidelines.fromReferenceData();
	static final Registry REGISTRY = Registry.fromReferenceData(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));

	static Facts facts(String date, ControlList list, String entry, EndUseActivity use) {
		LocalDate day = LocalDate.parse(date);
		Rulebook book = GUIDELINES.rulebook(day);
		Transfer t = new Transfer("t", day, "FR", "IN", new Transfer.Item(list, entry, null),
				new Transfer.EndUser("NPCIL", "IN", null, null), new Transfer.EndUse(use, null, null));
		return new Facts(t, book.entry(list, entry).orElseThrow(), Recipient.of(REGISTRY.profile(StateCode.of("IN"), day)), book,
				GUIDELINES.exceptionsFor("IN", day));
	}

	@Test
	void theIndiaStatementWaivesFullScopeSafeguardsForSafeguardedCivilUseOnly() {
		assertThat(facts("2009-06-01", ControlList.TRIGGER, "1.1", EndUseActivity.SAFEGUARDED_NUCLEAR).exceptionWaivingFullScope()
			.reference()).isEqualTo("INFCIRC/734");
		assertThat(facts("2009-06-01", ControlList.TRIGGER, "1.1", EndUseActivity.UNSAFEGUARDED_NUCLEAR)
			.exceptionWaivingFullScope()).isNull();
		assertThat(facts("2007-06-01", ControlList.TRIGGER, "1.1", EndUseActivity.SAFEGUARDED_NUCLEAR)
			.exceptionWaivingFullScope()).isNull();
	}

	@Test
	void itExcludesEnrichmentAndReprocessingAndWithoutExceptionsNothingApplies() {
		Facts enr = facts("2016-06-23", ControlList.TRIGGER, "5.1.1.b", EndUseActivity.SAFEGUARDED_NUCLEAR);
		assertThat(enr.isEnr()).isTrue();
		assertThat(enr.exceptionsExcludingEnr()).extracting(e -> e.reference()).containsExactly("INFCIRC/734");
		assertThat(enr.withoutExceptions().exceptionsExcludingEnr()).isEmpty();
		assertThat(enr.withoutExceptions().exceptionWaivingFullScope()).isNull();
	}

	@Test
	void theRecipientIsReadFromTheRegistryProfileOfTheDay() {
		Recipient india = facts("2016-06-23", ControlList.TRIGGER, "1.1", EndUseActivity.SAFEGUARDED_NUCLEAR).recipient();
		assertThat(india.npt()).isEqualTo(NptStatus.NON_PARTY);
		assertThat(india.isNptParty()).isFalse();
		assertThat(india.hasComprehensiveSafeguards()).isFalse();
		assertThat(india.nptStanding()).isEqualTo("not a party to the NPT");
		assertThat(india.sanctions()).isEmpty();
	}
}
