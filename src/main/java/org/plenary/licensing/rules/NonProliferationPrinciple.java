package org.plenary.licensing.rules;

import static org.plenary.licensing.rules.ParagraphId.P1_EXPLOSIVES;
import static org.plenary.licensing.rules.ParagraphId.P1_NONPROLIFERATION;
import static org.plenary.licensing.rules.ParagraphId.P1_SCOPE;

import org.plenary.registry.NptStatus;

/**
 * Part 1 para 10 (from 1994): a supplier authorises a transfer only when satisfied that it would not
 * contribute to proliferation. Before 1994 the contested NPT withdrawal already refuses it under
 * para 1; a non-compliance finding refuses it once para 10 is in force.
 */
final class NonProliferationPrinciple {

	private NonProliferationPrinciple() {
	}

	/** The refusal of a recipient the supplier cannot be satisfied about, or null. */
	static Verdict refusal(Facts f) {
		Recipient r = f.recipient();
		String ref = P1_NONPROLIFERATION.refOr(P1_SCOPE, f.book());
		if (r.npt() == NptStatus.WITHDRAWN_CONTESTED) {
			return Verdict.deny(ReasonCode.NPT_WITHDRAWAL, ref, r.name() + " announced its withdrawal from the NPT (its "
					+ "legality is contested) and has no safeguards in force: a supplier cannot be satisfied the transfer "
					+ "would not contribute to proliferation.");
		}
		if (!r.findings().isEmpty() && P1_NONPROLIFERATION.inForce(f.book())) {
			return Verdict.deny(ReasonCode.NON_COMPLIANCE, ref, "The IAEA Board found " + r.name() + " in non-compliance with "
					+ "its safeguards obligations (" + String.join(", ", r.findings()) + "), unresolved: a supplier cannot be "
					+ "satisfied the transfer would not contribute to proliferation.");
		}
		return null;
	}

	/** Trigger List items are for nuclear use: an unknown or non-nuclear end use cannot satisfy the supplier yet. */
	static Verdict endUseNotEstablished(Facts f) {
		return Verdict.refer(ReasonCode.END_USE_NOT_ESTABLISHED, P1_NONPROLIFERATION.refOr(P1_EXPLOSIVES, f.book()),
				"Trigger List items are especially designed or prepared for nuclear use; with the end use " + f.use()
						+ " the supplier cannot yet be satisfied of it. Establish the nuclear end use and its safeguards.");
	}
}
