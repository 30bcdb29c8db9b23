package org.plenary.licensing;

import java.util.ArrayList;
import java.util.List;

import org.plenary.guidelines.AdoptedException;
import org.plenary.guidelines.ControlListEntry;
import org.plenary.guidelines.Rulebook;
import org.plenary.guidelines.Sensitivity;
import org.plenary.registry.NptStatus;
import org.plenary.shared.EndUseActivity;

/** Part 1 (the Trigger List): explosives, non-proliferation, safeguards, sensitive exports, conditions. */
final class PartOne {

	private PartOne() {
	}

	static Verdict decide(Transfer t, ControlListEntry entry, Recipient r, Rulebook book, List<AdoptedException> exceptions) {
		EndUseActivity use = t.endUse().activity();
		if (use == EndUseActivity.NUCLEAR_EXPLOSIVE) {
			return Verdict.deny("NUCLEAR_EXPLOSIVE_USE", book.ref("P1_EXPLOSIVES"), "Trigger List items go only against "
					+ "assurances that exclude any use resulting in a nuclear explosive device; the stated use is one.");
		}
		Verdict unsafe = proliferationRisk(r, book);
		if (unsafe != null) {
			return unsafe;
		}
		if (Rules.isEnr(entry)) {
			return enrichmentOrReprocessing(t, entry, r, book, exceptions);
		}
		Verdict safeguards = r.isNuclearWeaponState() ? null : safeguards(t, r, book, exceptions);
		if (safeguards != null && safeguards.outcome() != Outcome.APPROVE) {
			return safeguards;
		}
		if (Rules.isHeavyWaterProduction(entry)) {
			return Verdict.refer("SENSITIVE_RESTRAINT", book.ref(book.has("P1_SENSITIVE_RESTRAINT") ? "P1_SENSITIVE_RESTRAINT"
					: "P1_SENSITIVE_RESTRAINT_HW"), "Heavy water production plants, equipment and technology are sensitive "
							+ "exports: exercise restraint, weighing the recipient's rationale and safeguards.");
		}
		if (use == EndUseActivity.UNKNOWN || use == EndUseActivity.NON_NUCLEAR) {
			return Verdict.refer("END_USE_NOT_ESTABLISHED", book.ref(book.has("P1_NONPROLIFERATION") ? "P1_NONPROLIFERATION"
					: "P1_EXPLOSIVES"), "Trigger List items are especially designed or prepared for nuclear use; with the "
							+ "end use " + use + " the supplier cannot yet be satisfied of it. Establish the nuclear end use and "
							+ "its safeguards.");
		}
		Verdict approve = safeguards != null ? safeguards
				: Verdict.approve("NUCLEAR_WEAPON_STATE", book.ref("P1_SCOPE"), r.name() + " is " + Rules.npt(r)
						+ ": the safeguards condition applies to non-nuclear-weapon States; retransfer controls apply to all.");
		return withConditions(approve, r);
	}

	/** Part 1 para 10 (from 1994) and the NPT withdrawal: no transfer a supplier cannot be satisfied about. */
	private static Verdict proliferationRisk(Recipient r, Rulebook book) {
		String ref = book.ref(book.has("P1_NONPROLIFERATION") ? "P1_NONPROLIFERATION" : "P1_SCOPE");
		if (r.npt() == NptStatus.WITHDRAWN_CONTESTED) {
			return Verdict.deny("NPT_WITHDRAWAL", ref, r.name() + " announced its withdrawal from the NPT (its legality is "
					+ "contested) and has no safeguards in force: a supplier cannot be satisfied the transfer would not "
					+ "contribute to proliferation.");
		}
		if (!r.findings().isEmpty() && book.has("P1_NONPROLIFERATION")) {
			return Verdict.deny("NON_COMPLIANCE", ref, "The IAEA Board found " + r.name() + " in non-compliance with its "
					+ "safeguards obligations (" + String.join(", ", r.findings()) + "), unresolved: a supplier cannot be "
					+ "satisfied the transfer would not contribute to proliferation.");
		}
		return null;
	}

	/** Part 1 para 4: full-scope safeguards from April 1992 (exceptions, safety), item safeguards before. */
	private static Verdict safeguards(Transfer t, Recipient r, Rulebook book, List<AdoptedException> exceptions) {
		EndUseActivity use = t.endUse().activity();
		if (!book.has("P1_FULL_SCOPE")) {
			if (use == EndUseActivity.UNSAFEGUARDED_NUCLEAR) {
				return Verdict.deny("ITEM_SAFEGUARDS_REQUIRED", book.ref("P1_SAFEGUARDS_ITEM"), "Before April 1992 Trigger "
						+ "List items went to a non-nuclear-weapon State only under IAEA safeguards; the stated use is unsafeguarded.");
			}
			return Verdict.approve("ITEM_SAFEGUARDS", book.ref("P1_SAFEGUARDS_ITEM"), "On " + book.date() + " the Guidelines "
					+ "required IAEA safeguards on the transferred items, not yet full-scope safeguards (April 1992).")
				.with(Condition.IAEA_SAFEGUARDS);
		}
		if (use == EndUseActivity.UNSAFEGUARDED_NUCLEAR) {
			return Verdict.deny("UNSAFEGUARDED_USE", book.ref("P1_FULL_SCOPE"), "Trigger List items go to a "
					+ "non-nuclear-weapon State only under IAEA safeguards; the stated use is unsafeguarded.");
		}
		if (r.hasComprehensiveSafeguards()) {
			return Verdict.approve("FULL_SCOPE_SAFEGUARDS", book.ref("P1_FULL_SCOPE"), r.name() + " has a comprehensive "
					+ "safeguards agreement in force: safeguards cover all its current and future peaceful activities.")
				.with(Condition.IAEA_SAFEGUARDS);
		}
		AdoptedException exception = Rules.exceptionWaiving(t, r, exceptions, Rules.FSS);
		if (exception != null) {
			return Verdict.approve("EXCEPTION_APPLIES", exception.reference(), exception.title() + " (in force from "
					+ exception.validFrom() + ") allows Trigger List items to " + r.name() + " for " + exception.activity()
					+ " use without full-scope safeguards, subject to the other provisions of the Guidelines.")
				.with(Condition.IAEA_SAFEGUARDS);
		}
		String lacks = r.name() + " is " + Rules.npt(r) + ", and has no comprehensive safeguards agreement in force"
				+ (r.safeguards() == null ? "" : " (it has: " + r.safeguards() + ")") + ".";
		if (t.endUse().claimsSafety() && use == EndUseActivity.SAFEGUARDED_NUCLEAR && book.has("P1_SAFETY_EXCEPTION")) {
			return Verdict.refer("SAFETY_EXCEPTION", book.ref("P1_SAFETY_EXCEPTION"), lacks + " The transfer is stated to be "
					+ "essential for the safe operation of an existing safeguarded facility: weigh whether it is, keep the "
					+ "facility under safeguards, and notify or consult the other suppliers.")
				.with(Condition.IAEA_SAFEGUARDS);
		}
		return Verdict.deny("FULL_SCOPE_SAFEGUARDS_MISSING", book.ref("P1_FULL_SCOPE"), lacks
				+ " Trigger List items go to a non-nuclear-weapon State only with full-scope safeguards.");
	}

	/** Para 6: restraint before June 2011; from then the ENR criteria, then the factors to weigh. */
	private static Verdict enrichmentOrReprocessing(Transfer t, ControlListEntry entry, Recipient r, Rulebook book,
			List<AdoptedException> exceptions) {
		List<Reason> excluded = excludedByException(t, r, exceptions);
		if (!book.has("P1_ENR_NPT")) {
			Verdict safeguards = r.isNuclearWeaponState() ? null : safeguards(t, r, book, List.of());
			if (safeguards != null && safeguards.outcome() == Outcome.DENY) {
				excluded.forEach(x -> safeguards.because(x.code(), x.ref(), x.text()));
				return safeguards;
			}
			return withConditions(Verdict.refer("SENSITIVE_RESTRAINT", book.ref("P1_SENSITIVE_RESTRAINT"), "Enrichment and "
					+ "reprocessing items are sensitive exports: on " + book.date() + " the Guidelines asked suppliers to "
					+ "exercise restraint, weighing the recipient's rationale and safeguards."), r);
		}
		Verdict failed = null;
		if (!Rules.isParty(r)) {
			failed = Verdict.deny("ENR_NOT_NPT_PARTY", book.ref("P1_ENR_NPT"), r.name() + " is " + Rules.npt(r)
					+ ": enrichment and reprocessing items go only to NPT parties in full compliance.");
		}
		if (!r.isNuclearWeaponState() && !(r.hasComprehensiveSafeguards() && r.hasAdditionalProtocolInForce())
				&& !r.regionalArrangement()) {
			String text = r.name() + " has " + (r.hasComprehensiveSafeguards() ? "a comprehensive safeguards agreement but no "
					+ "Additional Protocol in force" : "no comprehensive safeguards agreement") + ", and no regional "
					+ "arrangement approved by the IAEA Board.";
			failed = failed == null ? Verdict.deny("ENR_SAFEGUARDS", book.ref("P1_ENR_SAFEGUARDS"), text)
					: failed.because("ENR_SAFEGUARDS", book.ref("P1_ENR_SAFEGUARDS"), text);
		}
		if (failed != null || !excluded.isEmpty()) {
			Verdict denial = failed != null ? failed : Verdict.deny(excluded.get(0).code(), excluded.get(0).ref(), excluded.get(0).text());
			excluded.stream().skip(failed != null ? 0 : 1).forEach(x -> denial.because(x.code(), x.ref(), x.text()));
			return denial;
		}
		Verdict weigh = Verdict.refer("ENR_FACTORS_TO_WEIGH", book.ref("P1_ENR_FACTORS"), r.name() + " meets the objective "
				+ "ENR criteria" + (r.regionalArrangement() && !r.hasAdditionalProtocolInForce() ? " (through its regional "
						+ "arrangement instead of an Additional Protocol)" : "") + "; weigh whether there is a credible and "
						+ "coherent civil rationale and the transfer's effect on stability and security.");
		if (entry.sensitivity() == Sensitivity.ENRICHMENT) {
			weigh.with(Condition.ENRICHMENT_NON_REPLICATION);
		}
		return withConditions(weigh, r);
	}

	/** An exception that would cover the recipient but excludes ENR items yields a reason to cite. */
	private static List<Reason> excludedByException(Transfer t, Recipient r, List<AdoptedException> exceptions) {
		List<Reason> reasons = new ArrayList<>(1);
		for (AdoptedException e : exceptions) {
			if (e.covers(r.code(), t.item().list(), t.endUse().activity(), t.date()) && e.excludes(Rules.ENR)) {
				reasons.add(new Reason("EXCEPTION_EXCLUDES_ENR", e.reference(), e.title() + " does not extend to enrichment "
						+ "and reprocessing items: they remain subject to the sensitive-export paragraphs."));
			}
		}
		return reasons;
	}

	private static Verdict withConditions(Verdict verdict, Recipient r) {
		verdict.with(Condition.NO_EXPLOSIVE_USE_ASSURANCE, Condition.PHYSICAL_PROTECTION, Condition.RETRANSFER_CONSENT);
		if (!r.isNuclearWeaponState()) {
			verdict.with(Condition.IAEA_SAFEGUARDS);
		}
		return verdict;
	}
}
