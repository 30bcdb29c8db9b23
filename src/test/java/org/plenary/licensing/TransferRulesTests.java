package org.plenary.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.guidelines.Guidelines;
import org.plenary.registry.Registry;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;

/**
 * The rules on the real reference data. Each expected answer is derived from the Guidelines' text
 * (INFCIRC/254 Parts 1 and 2, INFCIRC/734), cited in the test, not from a table of known cases.
 */
class TransferRulesTests {

	static final TransferAssessor ASSESSOR = new TransferAssessor(
			Registry.fromReferenceData(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC)),
			Guidelines.fromReferenceData(), List.of());

	static TransferDecision assess(String date, String recipient, ControlList list, String entry, EndUseActivity use) {
		return ASSESSOR.assess(new Transfer("t", LocalDate.parse(date), "FR", recipient,
				new Transfer.Item(list, entry, null), new Transfer.EndUser("End user", recipient, null, null),
				new Transfer.EndUse(use, null, null)));
	}

	static List<String> codes(TransferDecision d) {
		return d.reasons().stream().map(Reason::code).toList();
	}

	/** Part 1 para 4(a) (full-scope safeguards since April 1992): India had only item-specific safeguards. */
	@Test
	void reactorToIndiaForASafeguardedFacilityIsDeniedBeforeTheIndiaStatement() {
		TransferDecision d = assess("2007-06-01", "IN", ControlList.TRIGGER, "1.1", EndUseActivity.SAFEGUARDED_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.DENY);
		assertThat(d.reasons().get(0).code()).isEqualTo("FULL_SCOPE_SAFEGUARDS_MISSING");
		assertThat(d.reasons().get(0).ref()).isEqualTo("INFCIRC/254/Rev.8/Part 1 para 4(a)");
		assertThat(d.conditions()).isEmpty();
	}

	/** INFCIRC/734 para 3(a): Trigger List items may go to India for IAEA-safeguarded civil facilities from 2008-09-06. */
	@Test
	void reactorToIndiaForASafeguardedFacilityIsApprovedAfterTheIndiaStatement() {
		TransferDecision d = assess("2009-06-01", "IN", ControlList.TRIGGER, "1.1", EndUseActivity.SAFEGUARDED_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(d.reasons()).first().satisfies(r -> {
			assertThat(r.code()).isEqualTo("EXCEPTION_APPLIES");
			assertThat(r.ref()).isEqualTo("INFCIRC/734");
		});
		assertThat(d.conditions()).containsExactly(Condition.NO_EXPLOSIVE_USE_ASSURANCE, Condition.PHYSICAL_PROTECTION,
				Condition.RETRANSFER_CONSENT, Condition.IAEA_SAFEGUARDS);
	}

	/** The statement covers safeguarded civil use only (INFCIRC/734 para 3): an unsafeguarded use stays refused. */
	@Test
	void reactorToIndiaForAnUnsafeguardedFacilityIsDeniedEvenAfter2008() {
		TransferDecision d = assess("2009-06-01", "IN", ControlList.TRIGGER, "1.1", EndUseActivity.UNSAFEGUARDED_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.DENY);
		assertThat(codes(d)).containsExactly("UNSAFEGUARDED_USE");
	}

	/** INFCIRC/734 keeps the sensitive-export paragraphs; from 2011 para 6(a)(i) requires an NPT party. */
	@Test
	void enrichmentEquipmentToIndiaIsDeniedEvenAfter2008() {
		TransferDecision before2011 = assess("2009-06-01", "IN", ControlList.TRIGGER, "5.1.1.b", EndUseActivity.SAFEGUARDED_NUCLEAR);
		assertThat(before2011.outcome()).isEqualTo(Outcome.DENY);
		assertThat(codes(before2011)).contains("FULL_SCOPE_SAFEGUARDS_MISSING", "EXCEPTION_EXCLUDES_ENR");
		TransferDecision after2011 = assess("2016-06-23", "IN", ControlList.TRIGGER, "5.1.1.b", EndUseActivity.SAFEGUARDED_NUCLEAR);
		assertThat(after2011.outcome()).isEqualTo(Outcome.DENY);
		assertThat(codes(after2011)).containsExactly("ENR_NOT_NPT_PARTY", "ENR_SAFEGUARDS", "EXCEPTION_EXCLUDES_ENR");
		assertThat(after2011.reasons().get(0).ref()).isEqualTo("INFCIRC/254/Rev.12/Part 1 para 6(a)(i)");
	}

	/** Part 1 para 4(a): Pakistan, outside the NPT with facility-specific safeguards only, and no exception. */
	@Test
	void zirconiumTubesToPakistanAreDenied() {
		TransferDecision d = assess("2016-06-23", "PK", ControlList.TRIGGER, "1.6", EndUseActivity.SAFEGUARDED_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.DENY);
		assertThat(codes(d)).containsExactly("FULL_SCOPE_SAFEGUARDS_MISSING");
		assertThat(d.reasons().get(0).text()).contains("Pakistan").contains("ITEM_SPECIFIC");
	}

	/** Part 1 paras 2, 3, 4(a), 9: Argentina is an NPT party with a CSA (INFCIRC/435); heavy water is not ENR. */
	@Test
	void heavyWaterToArgentinaIsApprovedWithConditions() {
		TransferDecision d = assess("2020-01-01", "AR", ControlList.TRIGGER, "2.1", EndUseActivity.SAFEGUARDED_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(codes(d)).containsExactly("FULL_SCOPE_SAFEGUARDS");
		assertThat(d.conditions()).containsExactly(Condition.NO_EXPLOSIVE_USE_ASSURANCE, Condition.PHYSICAL_PROTECTION,
				Condition.RETRANSFER_CONSENT, Condition.IAEA_SAFEGUARDS);
	}

	/** UNSCR 1718 para 8 (2094 para 22 for unlisted items) and Part 1 para 10 / Part 2 para 2(ii): nothing goes to the DPRK. */
	@Test
	void anythingToTheDprkIsDenied() {
		for (ControlList list : ControlList.values()) {
			String entry = switch (list) {
				case TRIGGER -> "1.1";
				case DUAL_USE -> "2.C.11";
				case UNLISTED -> null;
			};
			for (EndUseActivity use : EndUseActivity.values()) {
				TransferDecision d = assess("2024-01-01", "KP", list, entry, use);
				assertThat(d.outcome()).as(list + " " + use).isEqualTo(Outcome.DENY);
			}
		}
		assertThat(codes(assess("2024-01-01", "KP", ControlList.DUAL_USE, "1.B.2", EndUseActivity.NON_NUCLEAR)))
				.containsExactly("UNSC_DETERMINATION", "NON_PROLIFERATION");
	}

	/** Before the 2006 sanctions, the DPRK's contested NPT withdrawal already fails Part 1 para 10. */
	@Test
	void reactorToTheDprkAfterItsWithdrawalIsDenied() {
		TransferDecision d = assess("2004-06-01", "KP", ControlList.TRIGGER, "1.1", EndUseActivity.SAFEGUARDED_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.DENY);
		assertThat(codes(d)).containsExactly("NPT_WITHDRAWAL");
	}

	/** Part 1 para 1: the safeguards condition applies to non-nuclear-weapon States; China is a nuclear-weapon State. */
	@Test
	void reactorToChinaIsApproved() {
		TransferDecision d = assess("2020-01-01", "CN", ControlList.TRIGGER, "1.1", EndUseActivity.SAFEGUARDED_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(codes(d)).containsExactly("NUCLEAR_WEAPON_STATE");
		assertThat(d.conditions()).containsExactly(Condition.NO_EXPLOSIVE_USE_ASSURANCE, Condition.PHYSICAL_PROTECTION,
				Condition.RETRANSFER_CONSENT);
	}

	/** Part 2 para 2(i): no Annex item for an unsafeguarded fuel-cycle activity in a non-nuclear-weapon State. */
	@Test
	void dualUseMachineToolForAnUnsafeguardedActivityInPakistanIsDenied() {
		TransferDecision d = assess("2016-06-23", "PK", ControlList.DUAL_USE, "1.B.2", EndUseActivity.UNSAFEGUARDED_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.DENY);
		assertThat(codes(d)).containsExactly("UNSAFEGUARDED_FUEL_CYCLE");
		assertThat(d.reasons().get(0).ref()).isEqualTo("INFCIRC/254/Rev.9/Part 2 para 2(i)");
	}

	/** Part 2 para 5 (catch-all, 2004): an unlisted item for a nuclear explosive activity. */
	@Test
	void unlistedItemMeantForANuclearExplosiveActivityIsDeniedUnderTheCatchAll() {
		TransferDecision d = assess("2010-01-01", "BR", ControlList.UNLISTED, null, EndUseActivity.NUCLEAR_EXPLOSIVE);
		assertThat(d.outcome()).isEqualTo(Outcome.DENY);
		assertThat(codes(d)).containsExactly("CATCH_ALL");
		assertThat(d.reasons().get(0).ref()).isEqualTo("INFCIRC/254/Rev.7/Part 2 para 5");
	}

	/** Before the 2004 catch-all the Guidelines did not reach unlisted items: national judgement. */
	@Test
	void beforeTheCatchAllAnUnlistedItemIsReferred() {
		assertThat(assess("2000-01-01", "BR", ControlList.UNLISTED, null, EndUseActivity.NUCLEAR_EXPLOSIVE).outcome())
				.isEqualTo(Outcome.REFER);
	}

	/** Part 2 paras 4(a), 6: Japan is an NPT party with full-scope safeguards and a PG, so no retransfer condition (para 7). */
	@Test
	void dualUseItemToJapanForNonNuclearUseIsApproved() {
		TransferDecision d = assess("2020-01-01", "JP", ControlList.DUAL_USE, "1.B.2", EndUseActivity.NON_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(d.conditions()).containsExactly(Condition.END_USE_STATEMENT,
				Condition.NO_NUCLEAR_EXPLOSIVE_OR_UNSAFEGUARDED_USE_ASSURANCE);
	}

	/** Part 2 para 7: a recipient that does not adhere to the Guidelines gives retransfer assurances. */
	@Test
	void dualUseItemToANonAdherentAddsRetransferConsent() {
		TransferDecision d = assess("2020-01-01", "CL", ControlList.DUAL_USE, "1.B.2", EndUseActivity.NON_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(d.conditions()).contains(Condition.RETRANSFER_CONSENT);
		assertThat(codes(d)).contains("RETRANSFER_CONSENT");
	}

	/** Part 2 para 4(a)-(c): a nuclear end use in Pakistan, without full-scope safeguards or exception, is weighed. */
	@Test
	void dualUseItemToPakistanForANuclearUseIsReferredWithTheFactorsToWeigh() {
		TransferDecision d = assess("2020-01-01", "PK", ControlList.DUAL_USE, "2.C.11", EndUseActivity.SAFEGUARDED_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.REFER);
		assertThat(d.reasons().get(0).text()).contains("factor (a)").contains("(b)").contains("(c)");
	}

	/** Part 2 paras 2, 6, 7: no refusal ground applies to a stated non-nuclear use; the assurances carry it. */
	@Test
	void dualUseItemToPakistanForANonNuclearUseIsApprovedOnItsAssurances() {
		TransferDecision d = assess("2020-01-01", "PK", ControlList.DUAL_USE, "1.B.2", EndUseActivity.NON_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(codes(d)).containsExactly("NON_NUCLEAR_END_USE", "RETRANSFER_CONSENT");
		assertThat(d.conditions()).containsExactly(Condition.RETRANSFER_CONSENT, Condition.END_USE_STATEMENT,
				Condition.NO_NUCLEAR_EXPLOSIVE_OR_UNSAFEGUARDED_USE_ASSURANCE);
	}

	/** INFCIRC/734 para 3(b): Part 2 items may go to India for safeguarded civil use. */
	@Test
	void dualUseItemToIndiaForSafeguardedUseIsApprovedUnderTheStatement() {
		TransferDecision d = assess("2012-01-01", "IN", ControlList.DUAL_USE, "1.B.2", EndUseActivity.SAFEGUARDED_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(d.reasons().get(0).ref()).isEqualTo("INFCIRC/734");
	}

	/** Part 1 para 10 (Non-Proliferation Principle): Iran's unresolved non-compliance since GOV/2005/77. */
	@Test
	void reactorToIranIsDeniedAfterTheNonComplianceFindingButNotBefore() {
		TransferDecision after = assess("2006-01-01", "IR", ControlList.TRIGGER, "1.1", EndUseActivity.SAFEGUARDED_NUCLEAR);
		assertThat(after.outcome()).isEqualTo(Outcome.DENY);
		assertThat(codes(after)).containsExactly("NON_COMPLIANCE");
		assertThat(after.reasons().get(0).text()).contains("2005-09-24");
		assertThat(assess("2004-01-01", "IR", ControlList.TRIGGER, "1.1", EndUseActivity.SAFEGUARDED_NUCLEAR).outcome())
				.isEqualTo(Outcome.APPROVE);
	}

	/** Part 1 para 6(c) (2011): the ABACC arrangement stands in for the Additional Protocol; para 6(b) is then weighed. */
	@Test
	void reprocessingEquipmentToBrazilIsReferredOnTheRegionalArrangement() {
		TransferDecision d = assess("2015-01-01", "BR", ControlList.TRIGGER, "3.2", EndUseActivity.SAFEGUARDED_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.REFER);
		assertThat(codes(d)).containsExactly("ENR_FACTORS_TO_WEIGH");
		assertThat(d.reasons().get(0).text()).contains("regional arrangement");
	}

	/** Part 1 para 6(c): a CSA without an Additional Protocol (and no regional arrangement) fails the ENR criteria. */
	@Test
	void enrichmentEquipmentToAStateWithoutAnAdditionalProtocolIsDenied() {
		TransferDecision d = assess("2015-01-01", "SY", ControlList.TRIGGER, "5.1.1.b", EndUseActivity.SAFEGUARDED_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.DENY);
	}

	/** Before June 2011 para 6 asked only for restraint: sensitive items to a party with full-scope safeguards are referred. */
	@Test
	void beforeTheEnrCriteriaSensitiveExportsCallForRestraint() {
		TransferDecision d = assess("2010-01-01", "JP", ControlList.TRIGGER, "5.1.1.b", EndUseActivity.SAFEGUARDED_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.REFER);
		assertThat(codes(d)).containsExactly("SENSITIVE_RESTRAINT");
		assertThat(d.reasons().get(0).ref()).startsWith("INFCIRC/254/Rev.9/Part 1 para 6");
	}

	/** Part 1 para 4(b): a transfer essential for the safe operation of an existing safeguarded facility is weighed. */
	@Test
	void theSafetyExceptionIsReferred() {
		TransferDecision d = ASSESSOR.assess(new Transfer("tarapur", LocalDate.parse("2006-03-14"), "RU", "IN",
				new Transfer.Item(ControlList.TRIGGER, "A1.2", "low-enriched uranium fuel"), new Transfer.EndUser("Tarapur", "IN", null, null),
				new Transfer.EndUse(EndUseActivity.SAFEGUARDED_NUCLEAR, "Tarapur units 1-2", true)));
		assertThat(d.outcome()).isEqualTo(Outcome.REFER);
		assertThat(codes(d)).containsExactly("SAFETY_EXCEPTION");
	}

	/** Part 1 para 2: no Trigger List item for a nuclear explosive use, whoever the recipient. */
	@Test
	void triggerListItemForANuclearExplosiveUseIsDenied() {
		assertThat(assess("2020-01-01", "FR", ControlList.TRIGGER, "1.1", EndUseActivity.NUCLEAR_EXPLOSIVE).outcome())
				.isEqualTo(Outcome.DENY);
	}

	/** Before April 1992 only the transferred items needed safeguards (the FSS condition did not exist yet). */
	@Test
	void beforeApril1992ItemSafeguardsSufficed() {
		TransferDecision d = assess("1990-01-01", "PK", ControlList.TRIGGER, "1.1", EndUseActivity.SAFEGUARDED_NUCLEAR);
		assertThat(d.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(codes(d)).containsExactly("ITEM_SAFEGUARDS");
		assertThat(d.reasons().get(0).ref()).isEqualTo("INFCIRC/254 para 4");
	}

	/** Regression: an unlisted item dated before Part 2 existed (1992) asked for a Part 2 paragraph and failed. */
	@Test
	void unlistedItemBeforeTheDualUseGuidelinesExistedIsNotControlled() {
		TransferDecision d = assess("1991-05-02", "CN", ControlList.UNLISTED, null, EndUseActivity.UNKNOWN);
		assertThat(d.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(d.reasons().get(0).ref()).isEqualTo("INFCIRC/254 para 1");
		assertThat(assess("1991-05-02", "CN", ControlList.UNLISTED, null, EndUseActivity.NUCLEAR_EXPLOSIVE).outcome())
				.isEqualTo(Outcome.REFER);
	}

	@Test
	void everyCombinationOfListUseAndEraIsDecidedWithoutError() {
		for (String date : List.of("1985-01-01", "1991-05-02", "1993-01-01", "2000-01-01", "2005-01-01", "2009-06-01",
				"2012-01-01", "2020-01-01")) {
			for (String state : List.of("IN", "PK", "IL", "KP", "IR", "SY", "SS", "AR", "BR", "CN", "US", "JP", "CL", "VA", "PS")) {
				for (EndUseActivity use : EndUseActivity.values()) {
					assertThat(assess(date, state, ControlList.UNLISTED, null, use).reasons()).isNotEmpty();
					assertThat(assess(date, state, ControlList.TRIGGER, "1.1", use).reasons()).isNotEmpty();
					assertThat(assess(date, state, ControlList.TRIGGER, "5.1.1.b", use).reasons()).isNotEmpty();
					assertThat(assess(date, state, ControlList.TRIGGER, "6.1", use).reasons()).isNotEmpty();
					if (!date.startsWith("1985") && !date.startsWith("1991")) {
						assertThat(assess(date, state, ControlList.DUAL_USE, "1.B.2", use).reasons()).isNotEmpty();
					}
				}
			}
		}
	}

	@Test
	void everyReasonCitesTheRevisionInForceOnTheTransfersDate() {
		assertThat(assess("2020-01-01", "CN", ControlList.TRIGGER, "1.1", EndUseActivity.SAFEGUARDED_NUCLEAR).reasons().get(0)
				.ref()).isEqualTo("INFCIRC/254/Rev.14/Part 1 para 1");
		assertThat(assess("2015-01-01", "CN", ControlList.TRIGGER, "1.1", EndUseActivity.SAFEGUARDED_NUCLEAR).reasons().get(0)
				.ref()).isEqualTo("INFCIRC/254/Rev.12/Part 1 para 1");
	}

	@Test
	void anEntryNotOnTheListOfThatDateIsRefusedAsInput() {
		assertThatThrownBy(() -> assess("2020-01-01", "JP", ControlList.TRIGGER, "9.9", EndUseActivity.SAFEGUARDED_NUCLEAR))
				.isInstanceOf(InvalidTransferException.class).hasMessageContaining("9.9").hasMessageContaining("TRIGGER");
		assertThatThrownBy(() -> assess("2020-01-01", "ZZ", ControlList.TRIGGER, "1.1", EndUseActivity.SAFEGUARDED_NUCLEAR))
				.isInstanceOf(InvalidTransferException.class).hasMessageContaining("recipient");
	}
}
