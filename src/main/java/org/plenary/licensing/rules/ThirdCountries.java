package org.plenary.licensing.rules;

import static org.plenary.licensing.rules.ParagraphId.P1_RETRANSFER;
import static org.plenary.licensing.rules.ParagraphId.P1_SCOPE;
import static org.plenary.licensing.rules.ParagraphId.P2_BASIC_DIVERSION;
import static org.plenary.licensing.rules.ParagraphId.P2_FACTORS;

import org.plenary.guidelines.Rulebook;
import org.plenary.licensing.Outcome;
import org.plenary.shared.ControlList;

/**
 * An end user or consignee in a third country, behind the recipient. A Trigger List item goes on
 * only with the assurances and consent the retransfer controls require (Part 1 para 9), so a
 * supplier weighs where it ends up; a Part 2 item is refused when the risk of diversion is
 * unacceptable (para 2(ii)) and that risk is one of the factors to weigh (para 4). The transfer is
 * refused when it would itself be refused to the third country; it is referred when the third
 * country's own answer is not a plain approval, or when that country does not adhere to the
 * Guidelines.
 */
final class ThirdCountries {

	private ThirdCountries() {
	}

	/** The recipient's verdict, weighed against what the same transfer to the third country would get. */
	static Verdict weigh(Verdict verdict, Facts f, Rules.Party party, Verdict theirs) {
		if (verdict.outcome() == Outcome.DENY) {
			return verdict;
		}
		Recipient third = party.state();
		String who = "The " + party.role() + " is in " + third.name() + ", not in the recipient state " + f.recipient().name();
		if (theirs.outcome() == Outcome.DENY) {
			return Verdict.deny(ReasonCode.THIRD_COUNTRY_REFUSED, refusedRef(f), who + ", and the same transfer to "
					+ third.name() + " would be refused (" + theirs.reasons().get(0).code() + "): the supplier could not give "
					+ "consent to its retransfer there, nor be satisfied it would not be diverted.").because(theirs.reasons());
		}
		if (theirs.outcome() != Outcome.APPROVE || !third.adheresToGuidelines()) {
			return verdict.referFirst(ReasonCode.THIRD_COUNTRY_DIVERSION_RISK, riskRef(f), who + (third.adheresToGuidelines()
					? "; the same transfer there would itself need judgement (" + theirs.reasons().get(0).code() + ")"
					: ", which does not adhere to the NSG Guidelines") + ": weigh the risk of retransfer or diversion "
					+ "there, and obtain the retransfer assurances before authorising.");
		}
		return verdict;
	}

	/** Part 1 para 9 for a Trigger List item; Part 2 para 2(ii) otherwise, once the Dual-Use Annex exists. */
	private static String refusedRef(Facts f) {
		Rulebook book = f.book();
		if (f.transfer().item().list() == ControlList.TRIGGER) {
			return P1_RETRANSFER.refOr(P1_SCOPE, book);
		}
		return P2_BASIC_DIVERSION.refOr(P1_SCOPE, book);
	}

	/** Part 1 para 9 for a Trigger List item; Part 2 para 4, the factors, otherwise. */
	private static String riskRef(Facts f) {
		Rulebook book = f.book();
		if (f.transfer().item().list() == ControlList.TRIGGER) {
			return P1_RETRANSFER.refOr(P1_SCOPE, book);
		}
		return P2_FACTORS.refOr(P1_SCOPE, book);
	}
}
