package org.plenary.licensing.rules;

import static org.plenary.licensing.rules.ParagraphId.P1_FULL_SCOPE;
import static org.plenary.licensing.rules.ParagraphId.P1_SAFEGUARDS_ITEM;
import static org.plenary.licensing.rules.ParagraphId.P1_SAFETY_EXCEPTION;

import org.plenary.guidelines.AdoptedException;
import org.plenary.guidelines.Rulebook;
import org.plenary.licensing.Condition;
import org.plenary.shared.EndUseActivity;

/**
 * Part 1 para 4, for a non-nuclear-weapon State: safeguards on the items until April 1992, then
 * full-scope safeguards (para 4(a)), unless an exception adopted by consensus waives them or the
 * transfer is essential for the safe operation of a safeguarded facility (para 4(b)).
 */
final class SafeguardsCondition {

	private SafeguardsCondition() {
	}

	/** An approval (with the safeguards condition), a referral under the safety exception, or a denial. */
	static Verdict decide(Facts f) {
		if (!P1_FULL_SCOPE.inForce(f.book())) {
			return itemSafeguards(f);
		}
		if (f.use() == EndUseActivity.UNSAFEGUARDED_NUCLEAR) {
			return Verdict.deny(ReasonCode.UNSAFEGUARDED_USE, P1_FULL_SCOPE.ref(f.book()), "Trigger List items go to a "
					+ "non-nuclear-weapon State only under IAEA safeguards; the stated use is unsafeguarded.");
		}
		Recipient r = f.recipient();
		if (r.hasComprehensiveSafeguards()) {
			return Verdict.approve(ReasonCode.FULL_SCOPE_SAFEGUARDS, P1_FULL_SCOPE.ref(f.book()), r.name() + " has a "
					+ "comprehensive safeguards agreement in force: safeguards cover all its current and future peaceful "
					+ "activities.").with(Condition.IAEA_SAFEGUARDS);
		}
		AdoptedException exception = f.exceptionWaivingFullScope();
		if (exception != null) {
			return exceptionApplies(exception, r);
		}
		return withoutFullScope(f);
	}

	/** Para 4 before April 1992: IAEA safeguards on the transferred items, so a safeguarded use. */
	private static Verdict itemSafeguards(Facts f) {
		Rulebook book = f.book();
		if (f.use() == EndUseActivity.UNSAFEGUARDED_NUCLEAR) {
			return Verdict.deny(ReasonCode.ITEM_SAFEGUARDS_REQUIRED, P1_SAFEGUARDS_ITEM.ref(book), "Before April 1992 "
					+ "Trigger List items went to a non-nuclear-weapon State only under IAEA safeguards; the stated use is "
					+ "unsafeguarded.");
		}
		return Verdict.approve(ReasonCode.ITEM_SAFEGUARDS, P1_SAFEGUARDS_ITEM.ref(book), "On " + book.date() + " the "
				+ "Guidelines required IAEA safeguards on the transferred items, not yet full-scope safeguards (April 1992).")
			.with(Condition.IAEA_SAFEGUARDS);
	}

	/** An exception adopted by consensus (e.g. INFCIRC/734) waives full-scope safeguards for this use. */
	private static Verdict exceptionApplies(AdoptedException exception, Recipient r) {
		return Verdict.approve(ReasonCode.EXCEPTION_APPLIES, exception.reference(), exception.title() + " (in force from "
				+ exception.validFrom() + ") allows Trigger List items to " + r.name() + " for " + exception.activity()
				+ " use without full-scope safeguards, subject to the other provisions of the Guidelines.")
			.with(Condition.IAEA_SAFEGUARDS);
	}

	/** Para 4(a) refuses; para 4(b) leaves a transfer essential for the safe operation of a safeguarded facility to judgement. */
	private static Verdict withoutFullScope(Facts f) {
		Recipient r = f.recipient();
		String lacks = r.name() + " is " + r.nptStanding() + ", and has no comprehensive safeguards agreement in force"
				+ (r.safeguards() == null ? "" : " (it has: " + r.safeguards() + ")") + ".";
		if (f.transfer().endUse().claimsSafety() && f.use() == EndUseActivity.SAFEGUARDED_NUCLEAR
				&& P1_SAFETY_EXCEPTION.inForce(f.book())) {
			return Verdict.refer(ReasonCode.SAFETY_EXCEPTION, P1_SAFETY_EXCEPTION.ref(f.book()), lacks + " The transfer is "
					+ "stated to be essential for the safe operation of an existing safeguarded facility: weigh whether it "
					+ "is, keep the facility under safeguards, and notify or consult the other suppliers.")
				.with(Condition.IAEA_SAFEGUARDS);
		}
		return Verdict.deny(ReasonCode.FULL_SCOPE_SAFEGUARDS_MISSING, P1_FULL_SCOPE.ref(f.book()), lacks
				+ " Trigger List items go to a non-nuclear-weapon State only with full-scope safeguards.");
	}
}
