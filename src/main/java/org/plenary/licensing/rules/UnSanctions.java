package org.plenary.licensing.rules;

import static org.plenary.licensing.rules.ParagraphId.P1_NONPROLIFERATION;
import static org.plenary.licensing.rules.ParagraphId.P2_BASIC_DIVERSION;

import org.plenary.shared.ControlList;

/**
 * UN Security Council sanctions in force on the recipient: whatever the item, the supplier cannot be
 * satisfied of the non-proliferation principle (Part 1 para 10 for a Trigger List item once in force,
 * Part 2 para 2(ii) otherwise).
 */
final class UnSanctions {

	private UnSanctions() {
	}

	static Verdict deny(Facts f) {
		Recipient r = f.recipient();
		ParagraphId paragraph = f.transfer().item().list() == ControlList.TRIGGER && P1_NONPROLIFERATION.inForce(f.book())
				? P1_NONPROLIFERATION : P2_BASIC_DIVERSION;
		return Verdict.deny(ReasonCode.UN_SANCTIONS, String.join("; ", r.sanctions()), r.name() + " is under UN Security "
				+ "Council sanctions (" + String.join(", ", r.sanctions()) + ") that prohibit such transfers.")
			.because(ReasonCode.NON_PROLIFERATION, paragraph.ref(f.book()), "A supplier cannot be satisfied that a transfer "
					+ "to a state under nuclear-related sanctions would not contribute to proliferation.");
	}
}
