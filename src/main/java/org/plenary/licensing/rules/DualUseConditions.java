package org.plenary.licensing.rules;

import static org.plenary.licensing.rules.ParagraphId.P2_RETRANSFER;

import org.plenary.licensing.Condition;

/**
 * Part 2 paras 6 and 7, the conditions of an approved Annex transfer: the end-use statement and the
 * assurance against nuclear explosive or unsafeguarded use (6(a), 6(b)); and, for a recipient that
 * does not adhere to the Guidelines, consent before any retransfer (7).
 */
final class DualUseConditions {

	private DualUseConditions() {
	}

	static Verdict attach(Verdict verdict, Facts f) {
		verdict.with(Condition.END_USE_STATEMENT, Condition.NO_NUCLEAR_EXPLOSIVE_OR_UNSAFEGUARDED_USE_ASSURANCE);
		Recipient r = f.recipient();
		if (!r.adheresToGuidelines() && P2_RETRANSFER.inForce(f.book())) {
			verdict.with(Condition.RETRANSFER_CONSENT).because(ReasonCode.RETRANSFER_CONSENT, P2_RETRANSFER.ref(f.book()),
					r.name() + " does not adhere to the Guidelines: obtain assurance of the supplier's consent before any "
							+ "retransfer.");
		}
		return verdict;
	}
}
