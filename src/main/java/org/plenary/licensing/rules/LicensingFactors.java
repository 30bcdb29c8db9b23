package org.plenary.licensing.rules;

import static org.plenary.licensing.rules.ParagraphId.P2_FACTORS;

import org.plenary.guidelines.AdoptedException;
import org.plenary.licensing.Condition;
import org.plenary.shared.EndUseActivity;

/**
 * Part 2 para 4, the factors to weigh once the basic principle does not refuse: (a) the NPT and
 * full-scope safeguards, (b) unsafeguarded fuel-cycle facilities, (c) whether the item suits the end
 * use and end user, (i) the recipient's export controls. An exception adopted by consensus stands in
 * for (a).
 */
final class LicensingFactors {

	private LicensingFactors() {
	}

	/** An approval on factor (a), an exception, or a non-nuclear end use; otherwise the factors to weigh. */
	static Verdict decide(Facts f) {
		Recipient r = f.recipient();
		if (r.isNuclearWeaponState() || r.isNptParty() && r.hasComprehensiveSafeguards()) {
			return Verdict.approve(ReasonCode.NPT_WITH_SAFEGUARDS, P2_FACTORS.ref(f.book()), r.name() + " is " + r.nptStanding()
					+ (r.isNuclearWeaponState() ? "" : " with IAEA safeguards on all its peaceful nuclear activities")
					+ " and has no unresolved non-compliance finding.");
		}
		AdoptedException exception = f.exceptionWaivingFullScope();
		if (exception != null) {
			return Verdict.approve(ReasonCode.EXCEPTION_APPLIES, exception.reference(), exception.title() + " (in force from "
					+ exception.validFrom() + ") allows Part 2 items to " + r.name() + " for " + exception.activity() + " use.");
		}
		if (f.use() == EndUseActivity.NON_NUCLEAR) {
			return Verdict.approve(ReasonCode.NON_NUCLEAR_END_USE, P2_FACTORS.ref(f.book()), r.name() + " is " + r.nptStanding()
					+ " without full-scope safeguards (factors (a), (b)), but the stated end use is non-nuclear and none of "
					+ "the basic principle's refusals applies: approve on the end-use statement and the assurances, and "
					+ "weigh factor (c), whether the item suits that end use and end user.");
		}
		return Verdict.refer(ReasonCode.FACTORS_TO_WEIGH, P2_FACTORS.ref(f.book()), r.name() + " is " + r.nptStanding()
				+ " without full-scope safeguards: weigh factor (a) (NPT and full-scope safeguards), (b) (its "
				+ "unsafeguarded fuel-cycle facilities), (c) (whether the item suits the stated end use and end user) "
				+ "and (i) (its export controls).");
	}

	/** An unsafeguarded activity in a nuclear-weapon State, which the basic principle does not refuse: factors (c), (g), (i). */
	static Verdict unsafeguardedUseInAWeaponState(Facts f) {
		return Verdict.refer(ReasonCode.FACTORS_TO_WEIGH, P2_FACTORS.ref(f.book()), "An unsafeguarded nuclear activity in a "
				+ "nuclear-weapon State: weigh the appropriateness of the end use for the end user and the risk of "
				+ "retransfer (factors (c), (g), (i)).");
	}

	/** Factor (c) cannot be weighed before the end-user statement (para 6(a)) says what the end use is. */
	static Verdict endUseNotEstablished(Facts f) {
		return Verdict.refer(ReasonCode.END_USE_NOT_ESTABLISHED, P2_FACTORS.ref(f.book()), "The end use is not stated: weigh "
				+ "whether the item is appropriate for the end use and the end user (factor (c)) once the end-user "
				+ "statement is in hand.").with(Condition.END_USE_STATEMENT);
	}
}
