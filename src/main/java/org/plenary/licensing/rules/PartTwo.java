package org.plenary.licensing.rules;

import org.plenary.licensing.Outcome;
import org.plenary.shared.EndUseActivity;

/**
 * Part 2 (the Dual-Use Annex): the basic principle's refusals (para 2), the factors to weigh
 * (para 4), and the conditions of an approval (paras 6 and 7).
 */
final class PartTwo {

	private PartTwo() {
	}

	static Verdict decide(Facts f) {
		Verdict refused = BasicPrinciple.refusal(f);
		if (refused != null) {
			return refused;
		}
		if (f.use() == EndUseActivity.UNSAFEGUARDED_NUCLEAR) {
			return LicensingFactors.unsafeguardedUseInAWeaponState(f);
		}
		Verdict verdict = LicensingFactors.decide(f);
		if (verdict.outcome() != Outcome.APPROVE) {
			return verdict;
		}
		if (f.use() == EndUseActivity.UNKNOWN) {
			return LicensingFactors.endUseNotEstablished(f);
		}
		return DualUseConditions.attach(verdict, f);
	}
}
