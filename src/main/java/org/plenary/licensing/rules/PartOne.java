package org.plenary.licensing.rules;

import static org.plenary.licensing.rules.ParagraphId.P1_EXPLOSIVES;
import static org.plenary.licensing.rules.ParagraphId.P1_SCOPE;

import org.plenary.licensing.Condition;
import org.plenary.licensing.Outcome;
import org.plenary.shared.EndUseActivity;

/**
 * Part 1 (the Trigger List), in the order its paragraphs refuse: no nuclear explosive use (para 2),
 * the non-proliferation principle (para 10), the sensitive exports (para 6), safeguards (para 4);
 * then the end use, and the conditions of an approval (paras 2, 3, 4, 9).
 */
final class PartOne {

	private PartOne() {
	}

	static Verdict decide(Facts f) {
		if (f.use() == EndUseActivity.NUCLEAR_EXPLOSIVE) {
			return explosivesProhibition(f);
		}
		Verdict unsafe = NonProliferationPrinciple.refusal(f);
		if (unsafe != null) {
			return unsafe;
		}
		if (f.isEnr()) {
			return SensitiveExports.enrichmentOrReprocessing(f);
		}
		Verdict safeguards = f.recipient().isNuclearWeaponState() ? null : SafeguardsCondition.decide(f);
		if (safeguards != null && safeguards.outcome() != Outcome.APPROVE) {
			return safeguards;
		}
		if (f.isHeavyWaterProduction()) {
			return SensitiveExports.heavyWaterRestraint(f);
		}
		if (f.use() == EndUseActivity.UNKNOWN || f.use() == EndUseActivity.NON_NUCLEAR) {
			return NonProliferationPrinciple.endUseNotEstablished(f);
		}
		return withConditions(safeguards != null ? safeguards : nuclearWeaponState(f), f.recipient());
	}

	/** Para 2: Trigger List items go only against assurances excluding any nuclear explosive use. */
	private static Verdict explosivesProhibition(Facts f) {
		return Verdict.deny(ReasonCode.NUCLEAR_EXPLOSIVE_USE, P1_EXPLOSIVES.ref(f.book()), "Trigger List items go only against "
				+ "assurances that exclude any use resulting in a nuclear explosive device; the stated use is one.");
	}

	/** Para 1: the safeguards condition applies to non-nuclear-weapon States; the retransfer controls to all. */
	private static Verdict nuclearWeaponState(Facts f) {
		Recipient r = f.recipient();
		return Verdict.approve(ReasonCode.NUCLEAR_WEAPON_STATE, P1_SCOPE.ref(f.book()), r.name() + " is " + r.nptStanding()
				+ ": the safeguards condition applies to non-nuclear-weapon States; retransfer controls apply to all.");
	}

	/**
	 * The conditions of any Trigger List transfer that goes ahead: the no-explosive-use assurance
	 * (para 2), physical protection (para 3), consent to retransfer (para 9), and IAEA safeguards
	 * (para 4) for a non-nuclear-weapon State.
	 */
	static Verdict withConditions(Verdict verdict, Recipient r) {
		verdict.with(Condition.NO_EXPLOSIVE_USE_ASSURANCE, Condition.PHYSICAL_PROTECTION, Condition.RETRANSFER_CONSENT);
		if (!r.isNuclearWeaponState()) {
			verdict.with(Condition.IAEA_SAFEGUARDS);
		}
		return verdict;
	}
}
