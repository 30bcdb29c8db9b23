package org.plenary.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.licensing.TransferRulesTests.ASSESSOR;
import static org.plenary.licensing.TransferRulesTests.assess;
import static org.plenary.licensing.TransferRulesTests.codes;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;

/**
 * Transfers that turn on the facts the rules were missing: Security Council measures binding on
 * suppliers, IAEA Board non-compliance findings and their resolution, the nuclear-weapon States as
 * NPT Art. IX(3) defines them, and third countries behind the recipient. Each expected answer comes
 * from the resolution or paragraph named in its comment.
 */
class RuleFactsTests {

	static TransferDecision trigger(String date, String recipient) {
		return assess(date, recipient, ControlList.TRIGGER, "1.1", EndUseActivity.SAFEGUARDED_NUCLEAR);
	}

	/** UNSCR 1718 (2006) para 8(a)(ii): all States shall prevent the supply of the INFCIRC/254 items to the DPRK. */
	@Test
	void dualUseItemToTheDprkAfter1718IsProhibitedByTheResolution() {
		TransferDecision d = assess("2007-06-01", "KP", ControlList.DUAL_USE, "1.B.2", EndUseActivity.NON_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.DENY);
		assertThat(codes(d)).containsExactly("UNSC_DETERMINATION", "NON_PROLIFERATION");
		assertThat(d.reasons().get(0).ref()).startsWith("UNSCR 1718 (2006) para 8");
	}

	/** UNSCR 1737 (2006) para 3: Trigger List items to Iran are prohibited from 23 Dec 2006. */
	@Test
	void reactorToIranIn2008IsProhibitedByResolution1737() {
		TransferDecision d = trigger("2008-06-01", "IR");
		assertThat(d.outcome()).isEqualTo(Outcome.DENY);
		assertThat(d.reasons().get(0).code()).isEqualTo("UNSC_DETERMINATION");
		assertThat(d.reasons().get(0).ref()).contains("UNSCR 1737 (2006) para 3");
	}

	/** UNSCR 2231 (2015) Annex B para 2: from Implementation Day, only with the Security Council's prior approval. */
	@Test
	void reactorToIranIn2017GoesOnlyThroughTheProcurementChannel() {
		TransferDecision d = trigger("2017-06-01", "IR");
		assertThat(d.outcome()).isEqualTo(Outcome.REFER);
		assertThat(d.reasons().get(0).code()).isEqualTo("UNSC_PROCUREMENT_CHANNEL");
		assertThat(d.reasons().get(0).ref()).isEqualTo("UNSCR 2231 (2015) Annex B para 2");
		assertThat(d.conditions()).contains(Condition.IAEA_SAFEGUARDS);
	}

	/**
	 * Resolution 2231 paras 11-12: resolution 1737 para 3 applies again from 27 Sep 2025 (8 p.m. New York).
	 * The day before, the channel would have referred it, but the Board's finding of 12 Jun 2025 already
	 * refuses it under Part 1 para 10.
	 */
	@Test
	void reactorToIranAfterTheSnapbackIsProhibitedAgain() {
		TransferDecision d = trigger("2025-10-15", "IR");
		assertThat(d.outcome()).isEqualTo(Outcome.DENY);
		assertThat(d.reasons().get(0).code()).isEqualTo("UNSC_DETERMINATION");
		assertThat(d.reasons().get(0).ref()).contains("UNSCR 1737 (2006) para 3");
		assertThat(codes(trigger("2025-09-27", "IR"))).containsExactly("NON_COMPLIANCE");
	}

	/** UNSCR 687 (1991) and 707 (1991) bind suppliers until resolution 1957 ends them on 15 Dec 2010. */
	@Test
	void reactorToIraqIsProhibitedIn1995AndApprovedIn2012() {
		TransferDecision in1995 = trigger("1995-06-01", "IQ");
		assertThat(in1995.outcome()).isEqualTo(Outcome.DENY);
		assertThat(in1995.reasons().get(0).code()).isEqualTo("UNSC_DETERMINATION");
		assertThat(in1995.reasons().get(0).ref()).contains("UNSCR 687 (1991)", "UNSCR 707 (1991)");
		TransferDecision in2012 = trigger("2012-06-01", "IQ");
		assertThat(in2012.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(codes(in2012)).containsExactly("FULL_SCOPE_SAFEGUARDS");
	}

	/** Part 1 para 10: the Board found Libya in non-compliance on 10 Mar 2004 (GOV/2004/18); not before. */
	@Test
	void reactorToLibyaIsApprovedIn2003AndDeniedIn2005() {
		assertThat(trigger("2003-06-01", "LY").outcome()).isEqualTo(Outcome.APPROVE);
		TransferDecision in2005 = trigger("2005-06-01", "LY");
		assertThat(in2005.outcome()).isEqualTo(Outcome.DENY);
		assertThat(codes(in2005)).containsExactly("NON_COMPLIANCE");
		assertThat(in2005.reasons().get(0).text()).contains("GOV/2004/18");
		assertThat(in2005.reasons().get(0).ref()).endsWith("Part 1 para 10");
	}

	/** Part 1 para 10 and Part 2 para 2(ii): Syria's unresolved finding of 9 Jun 2011 (GOV/2011/41). */
	@Test
	void transfersToSyriaIn2012AreDeniedForItsNonCompliance() {
		TransferDecision reactor = trigger("2012-06-01", "SY");
		assertThat(codes(reactor)).containsExactly("NON_COMPLIANCE");
		assertThat(reactor.reasons().get(0).text()).contains("GOV/2011/41");
		TransferDecision dualUse = assess("2012-06-01", "SY", ControlList.DUAL_USE, "1.B.2", EndUseActivity.NON_NUCLEAR);
		assertThat(dualUse.outcome()).isEqualTo(Outcome.DENY);
		assertThat(codes(dualUse)).containsExactly("UNACCEPTABLE_DIVERSION_RISK");
	}

	/**
	 * NPT Art. IX(3): France exploded a device in 1960 and China in 1964, so both are nuclear-weapon States
	 * before they acceded (1992). Part 1 para 1 applies the safeguards condition to non-nuclear-weapon
	 * States only; the retransfer controls apply to all.
	 */
	@Test
	void franceIn1985AndChinaIn1990AreNuclearWeaponStatesBeforeAcceding() {
		for (String[] c : new String[][] { { "1985-06-01", "FR" }, { "1990-06-01", "CN" } }) {
			TransferDecision d = trigger(c[0], c[1]);
			assertThat(d.outcome()).as(c[1]).isEqualTo(Outcome.APPROVE);
			assertThat(codes(d)).as(c[1]).containsExactly("NUCLEAR_WEAPON_STATE");
			assertThat(d.reasons().get(0).ref()).as(c[1]).startsWith("INFCIRC/254").endsWith("para 1");
			assertThat(d.reasons().get(0).text()).as(c[1]).contains("not yet a party to the NPT");
			assertThat(d.conditions()).as(c[1]).contains(Condition.RETRANSFER_CONSENT).doesNotContain(Condition.IAEA_SAFEGUARDS);
		}
	}

	/** NPT Art. IX(3): India tested first in 1974, after 1 Jan 1967, so Part 2 para 2(i) applies to it as to any NNWS. */
	@Test
	void indiaIsNeverANuclearWeaponState() {
		TransferDecision d = assess("2020-01-01", "IN", ControlList.DUAL_USE, "1.B.2", EndUseActivity.UNSAFEGUARDED_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.DENY);
		assertThat(codes(d)).containsExactly("UNSAFEGUARDED_FUEL_CYCLE");
		assertThat(codes(trigger("2020-01-01", "PK"))).doesNotContain("NUCLEAR_WEAPON_STATE");
	}

	static TransferDecision viaThirdCountry(String recipient, ControlList list, String entry, String endUserCountry,
			String consigneeCountry) {
		return ASSESSOR.assess(new Transfer("t", LocalDate.parse("2020-01-01"), "FR", recipient,
				new Transfer.Item(list, entry, null), new Transfer.EndUser("End user", endUserCountry, null, null),
				new Transfer.EndUse(EndUseActivity.SAFEGUARDED_NUCLEAR, null, null),
				consigneeCountry == null ? null : new Transfer.Consignee("Forwarder", consigneeCountry)));
	}

	/** Part 2 para 2(ii) and UNSCR 1718 para 8: an end user in the DPRK behind a recipient in Japan. */
	@Test
	void endUserInTheDprkBehindARecipientInJapanIsRefused() {
		TransferDecision d = viaThirdCountry("JP", ControlList.DUAL_USE, "1.B.2", "KP", null);
		assertThat(d.outcome()).isEqualTo(Outcome.DENY);
		assertThat(d.reasons().get(0).code()).isEqualTo("THIRD_COUNTRY_REFUSED");
		assertThat(d.reasons().get(0).ref()).endsWith("Part 2 para 2(ii)");
		assertThat(codes(d)).contains("UNSC_DETERMINATION");
		TransferDecision reactor = viaThirdCountry("JP", ControlList.TRIGGER, "1.1", "KP", null);
		assertThat(reactor.reasons().get(0).ref()).endsWith("Part 1 para 9");
	}

	/** Part 1 para 9: a consignee in Syria (unresolved finding) stops the transfer; one in a PG does not. */
	@Test
	void consigneeInAThirdCountryIsWeighed() {
		TransferDecision syria = viaThirdCountry("JP", ControlList.TRIGGER, "1.1", "JP", "SY");
		assertThat(syria.outcome()).isEqualTo(Outcome.DENY);
		assertThat(codes(syria)).startsWith("THIRD_COUNTRY_REFUSED", "NON_COMPLIANCE");
		TransferDecision germany = viaThirdCountry("JP", ControlList.TRIGGER, "1.1", "JP", "DE");
		assertThat(germany.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(codes(germany)).doesNotContain("THIRD_COUNTRY_REFUSED", "THIRD_COUNTRY_DIVERSION_RISK");
	}

	/** Part 2 para 4: a consignee in Iran under the 2231 channel (2017) is a risk of diversion to weigh. */
	@Test
	void consigneeInACountryThatNeedsJudgementIsReferred() {
		TransferDecision d = ASSESSOR.assess(new Transfer("t", LocalDate.parse("2017-06-01"), "FR", "JP",
				new Transfer.Item(ControlList.DUAL_USE, "1.B.2", null), new Transfer.EndUser("End user", "JP", null, null),
				new Transfer.EndUse(EndUseActivity.SAFEGUARDED_NUCLEAR, null, null), new Transfer.Consignee("Forwarder", "IR")));
		assertThat(d.outcome()).isEqualTo(Outcome.REFER);
		assertThat(d.reasons().get(0).code()).isEqualTo("THIRD_COUNTRY_DIVERSION_RISK");
		assertThat(d.reasons().get(0).ref()).endsWith("Part 2 para 4");
	}
}
