package org.plenary.licensing.rules;

import java.util.List;

import org.plenary.guidelines.AdoptedException;
import org.plenary.guidelines.ControlListEntry;
import org.plenary.guidelines.Rulebook;
import org.plenary.licensing.Transfer;
import org.plenary.shared.ControlList;

/**
 * The Guidelines as decision rules, in plain Java: given a transfer, the recipient's facts on its
 * date, the rulebook of that date and the exceptions in force, what the Guidelines say. A binding
 * Security Council prohibition comes first ({@link SecurityCouncil}), then the Part that lists the
 * item ({@link PartOne}, {@link PartTwo}), or the catch-all for an unlisted one; a procurement channel
 * then refers what would be approved. An end user or consignee in a third country is weighed last
 * ({@link ThirdCountries}). Each branch cites the paragraph in force; paragraphs not yet in force on
 * the date (the full-scope condition before April 1992, the catch-all before 2004, the ENR criteria
 * before June 2011) do not apply.
 */
public final class Rules {

	/**
	 * A third party to weigh: the end user or the consignee, in a state that is not the recipient.
	 *
	 * @param role "end user" or "consignee"
	 * @param state that state's facts on the transfer's date
	 * @param exceptions the exceptions then in force for that state
	 */
	public record Party(String role, Recipient state, List<AdoptedException> exceptions) {
	}

	private Rules() {
	}

	public static Verdict decide(Transfer t, ControlListEntry entry, Recipient r, Rulebook book, List<AdoptedException> exceptions) {
		return decide(t, entry, r, book, exceptions, List.of());
	}

	/** The decision for the recipient, then weighed against each third party's country. */
	public static Verdict decide(Transfer t, ControlListEntry entry, Recipient r, Rulebook book, List<AdoptedException> exceptions,
			List<Party> thirdParties) {
		Facts facts = new Facts(t, entry, r, book, exceptions);
		Verdict verdict = recipientOnly(facts);
		for (Party party : thirdParties) {
			Verdict theirs = recipientOnly(new Facts(t, entry, party.state(), book, party.exceptions()));
			verdict = ThirdCountries.weigh(verdict, facts, party, theirs);
		}
		return verdict;
	}

	private static Verdict recipientOnly(Facts facts) {
		Verdict prohibited = SecurityCouncil.prohibition(facts);
		if (prohibited != null) {
			return prohibited;
		}
		if (facts.entry() == null && facts.transfer().item().list() != ControlList.UNLISTED) {
			return SecurityCouncil.throughChannel(notListedOnDate(facts), facts);
		}
		Verdict verdict = switch (facts.transfer().item().list()) {
			case TRIGGER -> PartOne.decide(facts);
			case DUAL_USE -> PartTwo.decide(facts);
			case UNLISTED -> CatchAll.decide(facts);
		};
		return SecurityCouncil.throughChannel(verdict, facts);
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
