package org.plenary.licensing;

import java.util.List;

import org.plenary.guidelines.AdoptedException;
import org.plenary.guidelines.ControlListEntry;
import org.plenary.guidelines.Rulebook;
import org.plenary.guidelines.Sensitivity;
import org.plenary.registry.NptStatus;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;

/**
 * The Guidelines as decision rules, in plain Java: given a transfer, the recipient's facts on its
 * date, the rulebook of that date and the exceptions in force, what the Guidelines say. Each branch
 * cites the paragraph in force; paragraphs not yet in force on the date (the full-scope condition
 * before April 1992, the catch-all before 2004, the ENR criteria before June 2011) do not apply.
 */
final class Rules {

	static final String FSS = "FULL_SCOPE_SAFEGUARDS";
	static final String ENR = "ENR";

	private Rules() {
	}

	static Verdict decide(Transfer t, ControlListEntry entry, Recipient r, Rulebook book, List<AdoptedException> exceptions) {
		if (!r.sanctions().isEmpty()) {
			return sanctioned(t, r, book);
		}
		return switch (t.item().list()) {
			case TRIGGER -> PartOne.decide(t, entry, r, book, exceptions);
			case DUAL_USE -> PartTwo.decide(t, r, book, exceptions);
			case UNLISTED -> catchAll(t, r, book);
		};
	}

	private static Verdict sanctioned(Transfer t, Recipient r, Rulebook book) {
		String paragraph = t.item().list() == ControlList.TRIGGER && book.has("P1_NONPROLIFERATION") ? "P1_NONPROLIFERATION"
				: "P2_BASIC_DIVERSION";
		return Verdict.deny("UN_SANCTIONS", String.join("; ", r.sanctions()), r.name() + " is under UN Security Council "
				+ "sanctions (" + String.join(", ", r.sanctions()) + ") that prohibit such transfers.")
			.because("NON_PROLIFERATION", book.ref(paragraph), "A supplier cannot be satisfied that a transfer to a "
					+ "state under nuclear-related sanctions would not contribute to proliferation.");
	}

	/** Unlisted items: only the catch-all (from 2004) reaches them, for a nuclear explosive activity. */
	private static Verdict catchAll(Transfer t, Recipient r, Rulebook book) {
		EndUseActivity use = t.endUse().activity();
		if (!book.has("P2_BASIC_NEA")) {
			return use == EndUseActivity.NUCLEAR_EXPLOSIVE
					? Verdict.refer("NO_CATCH_ALL_YET", book.ref("P1_SCOPE"), "On " + book.date() + " the Guidelines had no "
							+ "dual-use part (1992) and no catch-all (2004): the item is outside the lists, but its stated use is a "
							+ "nuclear explosive activity. Decide under national law.")
					: Verdict.approve("NOT_CONTROLLED", book.ref("P1_SCOPE"), "On " + book.date() + " the Guidelines covered "
							+ "only Trigger List items: an unlisted item was not controlled by them.");
		}
		if (use == EndUseActivity.NUCLEAR_EXPLOSIVE) {
			if (book.has("P2_CATCH_ALL")) {
				return Verdict.deny("CATCH_ALL", book.ref("P2_CATCH_ALL"), "An unlisted item intended for use in connection "
						+ "with a nuclear explosive activity needs authorisation under the catch-all, and the basic principle "
						+ "refuses it.");
			}
			return Verdict.refer("NO_CATCH_ALL_YET", book.ref("P2_BASIC_DIVERSION"), "On " + book.date() + " the Guidelines "
					+ "had no catch-all (adopted 2004): the item is outside the lists, but its stated use is a nuclear "
					+ "explosive activity, contrary to the objective of averting proliferation. Decide under national law.");
		}
		if (use == EndUseActivity.UNSAFEGUARDED_NUCLEAR || !r.findings().isEmpty()) {
			return Verdict.refer("OUTSIDE_CATCH_ALL", book.ref("P2_BASIC_DIVERSION"), "The item is not listed and the "
					+ "Guidelines' catch-all covers only nuclear explosive activities; weigh the risk of diversion"
					+ (r.findings().isEmpty() ? " to an unsafeguarded fuel-cycle activity" : " given " + r.name()
							+ "'s unresolved IAEA non-compliance finding (" + String.join(", ", r.findings()) + ")")
					+ " under national controls.");
		}
		return Verdict.approve("NOT_CONTROLLED", book.has("P2_CATCH_ALL") ? book.ref("P2_CATCH_ALL") : book.ref("P2_BASIC_NEA"),
				"The item is on neither NSG list and its stated use is not a nuclear explosive activity: the Guidelines "
						+ "do not control it.");
	}

	/** The exception in force that covers this transfer and waives {@code condition}, if any. */
	static AdoptedException exceptionWaiving(Transfer t, Recipient r, List<AdoptedException> exceptions, String condition) {
		for (AdoptedException e : exceptions) {
			if (e.covers(r.code(), t.item().list(), t.endUse().activity(), t.date()) && e.waives(condition)) {
				return e;
			}
		}
		return null;
	}

	static String npt(Recipient r) {
		return switch (r.npt()) {
			case NWS -> "a nuclear-weapon State under the NPT";
			case NNWS_PARTY -> "a non-nuclear-weapon State party to the NPT";
			case NON_PARTY -> "not a party to the NPT";
			case WITHDRAWN_CONTESTED -> "a state that announced its withdrawal from the NPT (contested)";
		};
	}

	static boolean isParty(Recipient r) {
		return r.npt() == NptStatus.NWS || r.npt() == NptStatus.NNWS_PARTY;
	}

	static boolean isEnr(ControlListEntry entry) {
		return entry.sensitivity() != null && entry.sensitivity().isEnr();
	}

	static boolean isHeavyWaterProduction(ControlListEntry entry) {
		return entry.sensitivity() == Sensitivity.HEAVY_WATER_PRODUCTION;
	}
}
