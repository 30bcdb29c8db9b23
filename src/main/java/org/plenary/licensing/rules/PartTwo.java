package org.plenary.licensing;

import java.util.List;

import org.plenary.guidelines.AdoptedException;
import org.plenary.guidelines.Rulebook;
import org.plenary.registry.NptStatus;
import org.plenary.shared.EndUseActivity;

/** Part 2 (the Dual-Use Annex): the basic principle's refusals, the factors to weigh, the conditions. */
final class PartTwo {

	private PartTwo() {
	}

	static Verdict decide(Transfer t, Recipient r, Rulebook book, List<AdoptedException> exceptions) {
		EndUseActivity use = t.endUse().activity();
		if (use == EndUseActivity.NUCLEAR_EXPLOSIVE) {
			return r.isNuclearWeaponState()
					? Verdict.deny("CONTRARY_TO_NONPROLIFERATION", book.ref("P2_BASIC_DIVERSION"), "A transfer for a nuclear "
							+ "explosive activity is contrary to the objective of averting the proliferation of nuclear weapons.")
					: Verdict.deny("NUCLEAR_EXPLOSIVE_USE", book.ref("P2_BASIC_NEA"), "Annex items are not authorised for use "
							+ "in a non-nuclear-weapon State in a nuclear explosive activity.");
		}
		if (!r.findings().isEmpty() || r.npt() == NptStatus.WITHDRAWN_CONTESTED) {
			return Verdict.deny("UNACCEPTABLE_DIVERSION_RISK", book.ref("P2_BASIC_DIVERSION"), r.name() + (r.findings()
					.isEmpty() ? " announced its withdrawal from the NPT (contested)" : " was found by the IAEA Board in "
							+ "non-compliance (" + String.join(", ", r.findings()) + "), unresolved")
					+ ": the risk of diversion to a nuclear explosive or unsafeguarded fuel-cycle activity is unacceptable.");
		}
		if (use == EndUseActivity.UNSAFEGUARDED_NUCLEAR) {
			return r.isNuclearWeaponState()
					? Verdict.refer("FACTORS_TO_WEIGH", book.ref("P2_FACTORS"), "An unsafeguarded nuclear activity in a "
							+ "nuclear-weapon State: weigh the appropriateness of the end use for the end user and the risk of "
							+ "retransfer (factors (c), (g), (i)).")
					: Verdict.deny("UNSAFEGUARDED_FUEL_CYCLE", book.ref("P2_BASIC_NEA"), "Annex items are not authorised for "
							+ "use in a non-nuclear-weapon State in an unsafeguarded nuclear fuel-cycle activity; " + r.name()
							+ " is " + Rules.npt(r) + ".");
		}
		boolean fullScope = r.isNuclearWeaponState() || Rules.isParty(r) && r.hasComprehensiveSafeguards();
		Verdict verdict;
		if (fullScope) {
			verdict = Verdict.approve("NPT_WITH_SAFEGUARDS", book.ref("P2_FACTORS"), r.name() + " is " + Rules.npt(r)
					+ (r.isNuclearWeaponState() ? "" : " with IAEA safeguards on all its peaceful nuclear activities")
					+ " and has no unresolved non-compliance finding.");
		}
		else {
			AdoptedException exception = Rules.exceptionWaiving(t, r, exceptions, Rules.FSS);
			if (exception != null) {
				verdict = Verdict.approve("EXCEPTION_APPLIES", exception.reference(), exception.title() + " (in force from "
						+ exception.validFrom() + ") allows Part 2 items to " + r.name() + " for " + exception.activity() + " use.");
			}
			else if (use == EndUseActivity.NON_NUCLEAR) {
				verdict = Verdict.approve("NON_NUCLEAR_END_USE", book.ref("P2_FACTORS"), r.name() + " is " + Rules.npt(r)
						+ " without full-scope safeguards (factors (a), (b)), but the stated end use is non-nuclear and none of "
						+ "the basic principle's refusals applies: approve on the end-use statement and the assurances, and "
						+ "weigh factor (c), whether the item suits that end use and end user.");
			}
			else {
				return Verdict.refer("FACTORS_TO_WEIGH", book.ref("P2_FACTORS"), r.name() + " is " + Rules.npt(r)
						+ " without full-scope safeguards: weigh factor (a) (NPT and full-scope safeguards), (b) (its "
						+ "unsafeguarded fuel-cycle facilities), (c) (whether the item suits the stated end use and end user) "
						+ "and (i) (its export controls).");
			}
		}
		if (use == EndUseActivity.UNKNOWN) {
			return Verdict.refer("END_USE_NOT_ESTABLISHED", book.ref("P2_FACTORS"), "The end use is not stated: weigh "
					+ "whether the item is appropriate for the end use and the end user (factor (c)) once the end-user "
					+ "statement is in hand.").with(Condition.END_USE_STATEMENT);
		}
		verdict.with(Condition.END_USE_STATEMENT, Condition.NO_NUCLEAR_EXPLOSIVE_OR_UNSAFEGUARDED_USE_ASSURANCE);
		if (!r.adheresToGuidelines() && book.has("P2_RETRANSFER")) {
			verdict.with(Condition.RETRANSFER_CONSENT).because("RETRANSFER_CONSENT", book.ref("P2_RETRANSFER"), r.name()
					+ " does not adhere to the Guidelines: obtain assurance of the supplier's consent before any retransfer.");
		}
		return verdict;
	}
}
