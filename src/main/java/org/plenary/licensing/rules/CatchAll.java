package org.plenary.licensing.rules;

import static org.plenary.licensing.rules.ParagraphId.P1_SCOPE;
import static org.plenary.licensing.rules.ParagraphId.P2_BASIC_DIVERSION;
import static org.plenary.licensing.rules.ParagraphId.P2_BASIC_NEA;
import static org.plenary.licensing.rules.ParagraphId.P2_CATCH_ALL;

import org.plenary.guidelines.Rulebook;
import org.plenary.shared.EndUseActivity;

/**
 * Unlisted items: only the catch-all (Part 2 para 5, from 2004) reaches them, for a nuclear explosive
 * activity. Before the Dual-Use Annex (1992) the Guidelines covered the Trigger List alone (Part 1
 * para 1); between 1992 and 2004 the basic principle (Part 2 para 2(ii)) is the nearest citation.
 */
final class CatchAll {

	private CatchAll() {
	}

	static Verdict decide(Facts f) {
		Rulebook book = f.book();
		if (!P2_BASIC_NEA.inForce(book)) {
			return beforeTheDualUseAnnex(f);
		}
		if (f.use() == EndUseActivity.NUCLEAR_EXPLOSIVE) {
			return nuclearExplosiveUse(f);
		}
		Recipient r = f.recipient();
		if (f.use() == EndUseActivity.UNSAFEGUARDED_NUCLEAR || !r.findings().isEmpty()) {
			return Verdict.refer(ReasonCode.OUTSIDE_CATCH_ALL, P2_BASIC_DIVERSION.ref(book), "The item is not listed and the "
					+ "Guidelines' catch-all covers only nuclear explosive activities; weigh the risk of diversion"
					+ (r.findings().isEmpty() ? " to an unsafeguarded fuel-cycle activity" : " given " + r.name()
							+ "'s unresolved IAEA non-compliance finding (" + String.join(", ", r.findings()) + ")")
					+ " under national controls.");
		}
		return Verdict.approve(ReasonCode.NOT_CONTROLLED, P2_CATCH_ALL.refOr(P2_BASIC_NEA, book), "The item is on neither "
				+ "NSG list and its stated use is not a nuclear explosive activity: the Guidelines do not control it.");
	}

	/** Part 1 para 1: before 1992 the Guidelines had no dual-use part, so nothing unlisted was controlled by them. */
	private static Verdict beforeTheDualUseAnnex(Facts f) {
		Rulebook book = f.book();
		if (f.use() == EndUseActivity.NUCLEAR_EXPLOSIVE) {
			return Verdict.refer(ReasonCode.NO_CATCH_ALL_YET, P1_SCOPE.ref(book), "On " + book.date() + " the Guidelines had "
					+ "no dual-use part (1992) and no catch-all (2004): the item is outside the lists, but its stated use is a "
					+ "nuclear explosive activity. Decide under national law.");
		}
		return Verdict.approve(ReasonCode.NOT_CONTROLLED, P1_SCOPE.ref(book), "On " + book.date() + " the Guidelines covered "
				+ "only Trigger List items: an unlisted item was not controlled by them.");
	}

	/** Part 2 para 5 refuses it from 2004; before, the basic principle's objective is the nearest citation. */
	private static Verdict nuclearExplosiveUse(Facts f) {
		Rulebook book = f.book();
		if (P2_CATCH_ALL.inForce(book)) {
			return Verdict.deny(ReasonCode.CATCH_ALL, P2_CATCH_ALL.ref(book), "An unlisted item intended for use in connection "
					+ "with a nuclear explosive activity needs authorisation under the catch-all, and the basic principle "
					+ "refuses it.");
		}
		return Verdict.refer(ReasonCode.NO_CATCH_ALL_YET, P2_BASIC_DIVERSION.ref(book), "On " + book.date() + " the Guidelines "
				+ "had no catch-all (adopted 2004): the item is outside the lists, but its stated use is a nuclear "
				+ "explosive activity, contrary to the objective of averting proliferation. Decide under national law.");
	}
}
