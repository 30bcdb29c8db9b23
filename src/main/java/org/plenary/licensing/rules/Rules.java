package org.plenary.licensing.rules;

import java.util.List;

import org.plenary.guidelines.AdoptedException;
import org.plenary.guidelines.ControlListEntry;
import org.plenary.guidelines.Rulebook;
import org.plenary.licensing.Transfer;

/**
 * The Guidelines as decision rules, in plain Java: given a transfer, the recipient's facts on its
 * date, the rulebook of that date and the exceptions in force, what the Guidelines say. Sanctions
 * come first, then the Part that lists the item ({@link PartOne}, {@link PartTwo}), or the
 * catch-all for an unlisted one. Each branch cites the paragraph in force; paragraphs not yet in
 * force on the date (the full-scope condition before April 1992, the catch-all before 2004, the ENR
 * criteria before June 2011) do not apply.
 */
public final class Rules {

	private Rules() {
	}

	public static Verdict decide(Transfer t, ControlListEntry entry, Recipient r, Rulebook book, List<AdoptedException> exceptions) {
		Facts facts = new Facts(t, entry, r, book, exceptions);
		if (!r.sanctions().isEmpty()) {
			return UnSanctions.deny(facts);
		}
		return switch (t.item().list()) {
			case TRIGGER -> PartOne.decide(facts);
			case DUAL_USE -> PartTwo.decide(facts);
			case UNLISTED -> CatchAll.decide(facts);
		};
	}
}
