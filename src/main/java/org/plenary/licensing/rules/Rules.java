package org.plenary.licensing.rules;

import java.util.List;

import org.plenary.guidelines.AdoptedException;
import org.plenary.guidelines.ControlListEntry;
import org.plenary.guidelines.Rulebook;
import org.plenary.licensing.Transfer;
import org.plenary.shared.ControlList;

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
		if (entry == null && t.item().list() != ControlList.UNLISTED) {
			return notListedOnDate(facts);
		}
		return switch (t.item().list()) {
			case TRIGGER -> PartOne.decide(facts);
			case DUAL_USE -> PartTwo.decide(facts);
			case UNLISTED -> CatchAll.decide(facts);
		};
	}

	/** An entry of the list on other dates but not on this one: the item was unlisted that day. */
	private static Verdict notListedOnDate(Facts facts) {
		Transfer t = facts.transfer();
		int part = t.item().list() == ControlList.TRIGGER ? 1 : 2;
		String document = facts.book().document(part);
		return CatchAll.decide(facts).first(ReasonCode.NOT_LISTED_ON_DATE, document, (part == 1 ? "Trigger List" : "Dual-Use List")
				+ " entry " + t.item().entry() + " is not in " + document + ", the revision in force on " + t.date()
				+ ": on that date the item was unlisted, and is decided as such.");
	}
}
