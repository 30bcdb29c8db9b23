package org.plenary.licensing.rules;

import static org.plenary.licensing.rules.ParagraphId.P2_BASIC_DIVERSION;
import static org.plenary.licensing.rules.ParagraphId.P2_BASIC_NEA;

import org.plenary.registry.NptStatus;
import org.plenary.shared.EndUseActivity;

/**
 * Part 2 para 2, the basic principle: no Annex item for a nuclear explosive activity or, in a
 * non-nuclear-weapon State, an unsafeguarded fuel-cycle activity (2(i)); nor when the risk of
 * diversion is unacceptable or the transfer is contrary to averting proliferation (2(ii)).
 */
final class BasicPrinciple {

	private BasicPrinciple() {
	}

	/** The basic principle's refusal, or null when it does not refuse. */
	static Verdict refusal(Facts f) {
		Recipient r = f.recipient();
		if (f.use() == EndUseActivity.NUCLEAR_EXPLOSIVE) {
			return nuclearExplosiveUse(f);
		}
		if (!r.findings().isEmpty() || r.npt() == NptStatus.WITHDRAWN_CONTESTED) {
			return Verdict.deny(ReasonCode.UNACCEPTABLE_DIVERSION_RISK, P2_BASIC_DIVERSION.ref(f.book()), r.name()
					+ (r.findings().isEmpty() ? " announced its withdrawal from the NPT (contested)" : " was found by the IAEA "
							+ "Board in non-compliance (" + String.join(", ", r.findings()) + "), unresolved")
					+ ": the risk of diversion to a nuclear explosive or unsafeguarded fuel-cycle activity is unacceptable.");
		}
		if (f.use() == EndUseActivity.UNSAFEGUARDED_NUCLEAR && !r.isNuclearWeaponState()) {
			return Verdict.deny(ReasonCode.UNSAFEGUARDED_FUEL_CYCLE, P2_BASIC_NEA.ref(f.book()), "Annex items are not "
					+ "authorised for use in a non-nuclear-weapon State in an unsafeguarded nuclear fuel-cycle activity; "
					+ r.name() + " is " + r.nptStanding() + ".");
		}
		return null;
	}

	/** 2(i) in a non-nuclear-weapon State; 2(ii), the objective of averting proliferation, in a nuclear-weapon State. */
	private static Verdict nuclearExplosiveUse(Facts f) {
		if (f.recipient().isNuclearWeaponState()) {
			return Verdict.deny(ReasonCode.CONTRARY_TO_NONPROLIFERATION, P2_BASIC_DIVERSION.ref(f.book()), "A transfer for a "
					+ "nuclear explosive activity is contrary to the objective of averting the proliferation of nuclear weapons.");
		}
		return Verdict.deny(ReasonCode.NUCLEAR_EXPLOSIVE_USE, P2_BASIC_NEA.ref(f.book()), "Annex items are not authorised "
				+ "for use in a non-nuclear-weapon State in a nuclear explosive activity.");
	}
}
