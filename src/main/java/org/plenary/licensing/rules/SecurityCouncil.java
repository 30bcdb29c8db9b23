package org.plenary.licensing.rules;

import static org.plenary.licensing.rules.ParagraphId.P1_NONPROLIFERATION;
import static org.plenary.licensing.rules.ParagraphId.P2_BASIC_DIVERSION;

import java.util.List;
import java.util.stream.Collectors;

import org.plenary.licensing.Outcome;
import org.plenary.registry.SecurityCouncilMeasure;
import org.plenary.registry.SecurityCouncilMeasure.Effect;
import org.plenary.shared.ControlList;

/**
 * UN Security Council measures binding on suppliers, in force for the recipient on the transfer's
 * date and covering the item's list. A prohibition refuses the transfer whatever the Guidelines say,
 * citing the resolution and its paragraph; with it a supplier cannot be satisfied of the
 * non-proliferation principle either (Part 1 para 10 for a Trigger List item once in force, Part 2
 * para 2(ii) otherwise). The resolution 2231 procurement channel leaves the Guidelines' answer
 * standing but refers what they would approve: it may go ahead only with the Security Council's
 * prior approval.
 */
final class SecurityCouncil {

	private SecurityCouncil() {
	}

	/** The refusal by a prohibition in force that covers the item, or null. */
	static Verdict prohibition(Facts f) {
		List<SecurityCouncilMeasure> prohibiting = covering(f, Effect.PROHIBITION);
		if (prohibiting.isEmpty()) {
			return null;
		}
		Recipient r = f.recipient();
		ParagraphId paragraph = f.transfer().item().list() == ControlList.TRIGGER && P1_NONPROLIFERATION.inForce(f.book())
				? P1_NONPROLIFERATION : P2_BASIC_DIVERSION;
		String cited = citations(prohibiting);
		return Verdict.deny(ReasonCode.UNSC_DETERMINATION, cited, "The Security Council decided that all States shall "
				+ "prevent the supply of such items to " + r.name() + " (" + cited + "); the transfer is prohibited.")
			.because(ReasonCode.NON_PROLIFERATION, paragraph.ref(f.book()), "A supplier cannot be satisfied that a transfer "
					+ "the Security Council prohibits would not contribute to proliferation.");
	}

	/** The Guidelines' verdict, referred first to the procurement channel when one covers the item. */
	static Verdict throughChannel(Verdict guidelines, Facts f) {
		List<SecurityCouncilMeasure> channel = covering(f, Effect.PROCUREMENT_CHANNEL);
		if (channel.isEmpty() || guidelines.outcome() == Outcome.DENY) {
			return guidelines;
		}
		String cited = citations(channel);
		return guidelines.referFirst(ReasonCode.UNSC_PROCUREMENT_CHANNEL, cited, "Items on the NSG lists go to "
				+ f.recipient().name() + " only through the procurement channel (" + cited + "): propose the transfer to the "
				+ "Security Council and wait for its approval, case by case, before authorising it.");
	}

	private static List<SecurityCouncilMeasure> covering(Facts f, Effect effect) {
		ControlList list = f.transfer().item().list();
		return f.recipient().measures().stream().filter(m -> m.effect() == effect && m.covers(list)).toList();
	}

	private static String citations(List<SecurityCouncilMeasure> measures) {
		return measures.stream().map(SecurityCouncilMeasure::citation).distinct().collect(Collectors.joining("; "));
	}
}
