package org.plenary.licensing.rules;

import static org.plenary.licensing.rules.ParagraphId.P1_ENR_FACTORS;
import static org.plenary.licensing.rules.ParagraphId.P1_ENR_NPT;
import static org.plenary.licensing.rules.ParagraphId.P1_ENR_SAFEGUARDS;
import static org.plenary.licensing.rules.ParagraphId.P1_SENSITIVE_RESTRAINT;
import static org.plenary.licensing.rules.ParagraphId.P1_SENSITIVE_RESTRAINT_HW;

import java.util.ArrayList;
import java.util.List;

import org.plenary.guidelines.AdoptedException;
import org.plenary.guidelines.Sensitivity;
import org.plenary.licensing.Condition;
import org.plenary.licensing.Outcome;
import org.plenary.licensing.Reason;

/**
 * Part 1 para 6, special controls on sensitive exports: restraint for enrichment, reprocessing and
 * heavy water production until June 2011; from then the objective ENR criteria (para 6(a)(i), 6(c)),
 * then the factors to weigh (para 6(b)), with the non-replication of enrichment transfers (para 7).
 * Restraint continues for heavy water production. An exception that excludes ENR items does not
 * reach them, and says so.
 */
final class SensitiveExports {

	private SensitiveExports() {
	}

	/** Enrichment and reprocessing items: restraint before June 2011, the ENR criteria from then. */
	static Verdict enrichmentOrReprocessing(Facts f) {
		List<Reason> excluded = excludedByException(f);
		if (!P1_ENR_NPT.inForce(f.book())) {
			return restraint(f, excluded);
		}
		Verdict failed = enrCriteriaFailed(f);
		if (failed != null) {
			return failed.because(excluded);
		}
		if (!excluded.isEmpty()) {
			return Verdict.deny(excluded);
		}
		return PartOne.withConditions(factorsToWeigh(f), f.recipient());
	}

	/** Heavy water production plants, equipment and technology: restraint, before and after 2011. */
	static Verdict heavyWaterRestraint(Facts f) {
		return Verdict.refer(ReasonCode.SENSITIVE_RESTRAINT, P1_SENSITIVE_RESTRAINT.refOr(P1_SENSITIVE_RESTRAINT_HW, f.book()),
				"Heavy water production plants, equipment and technology are sensitive exports: exercise restraint, "
						+ "weighing the recipient's rationale and safeguards.");
	}

	/**
	 * Para 6 before June 2011: restraint, unless the safeguards condition (para 4, without the
	 * exceptions, which do not reach ENR items) already refuses the transfer.
	 */
	private static Verdict restraint(Facts f, List<Reason> excluded) {
		Recipient r = f.recipient();
		Verdict safeguards = r.isNuclearWeaponState() ? null : SafeguardsCondition.decide(f.withoutExceptions());
		if (safeguards != null && safeguards.outcome() == Outcome.DENY) {
			return safeguards.because(excluded);
		}
		return PartOne.withConditions(Verdict.refer(ReasonCode.SENSITIVE_RESTRAINT, P1_SENSITIVE_RESTRAINT.ref(f.book()),
				"Enrichment and reprocessing items are sensitive exports: on " + f.book().date() + " the Guidelines asked "
						+ "suppliers to exercise restraint, weighing the recipient's rationale and safeguards."), r);
	}

	/** Para 6(a)(i) (an NPT party) and para 6(c) (a CSA with an Additional Protocol, or a regional arrangement): the denial, or null. */
	private static Verdict enrCriteriaFailed(Facts f) {
		Recipient r = f.recipient();
		Verdict failed = null;
		if (!r.isNptParty()) {
			failed = Verdict.deny(ReasonCode.ENR_NOT_NPT_PARTY, P1_ENR_NPT.ref(f.book()), r.name() + " is " + r.nptStanding()
					+ ": enrichment and reprocessing items go only to NPT parties in full compliance.");
		}
		if (!r.isNuclearWeaponState() && !(r.hasComprehensiveSafeguards() && r.hasAdditionalProtocolInForce())
				&& !r.regionalArrangement()) {
			String text = r.name() + " has " + (r.hasComprehensiveSafeguards() ? "a comprehensive safeguards agreement but no "
					+ "Additional Protocol in force" : "no comprehensive safeguards agreement") + ", and no regional "
					+ "arrangement approved by the IAEA Board.";
			String ref = P1_ENR_SAFEGUARDS.ref(f.book());
			failed = failed == null ? Verdict.deny(ReasonCode.ENR_SAFEGUARDS, ref, text) : failed.because(ReasonCode.ENR_SAFEGUARDS, ref, text);
		}
		return failed;
	}

	/** Para 6(b): the objective criteria are met; weigh the civil rationale and stability (para 7 for enrichment). */
	private static Verdict factorsToWeigh(Facts f) {
		Recipient r = f.recipient();
		Verdict weigh = Verdict.refer(ReasonCode.ENR_FACTORS_TO_WEIGH, P1_ENR_FACTORS.ref(f.book()), r.name() + " meets the "
				+ "objective ENR criteria" + (r.regionalArrangement() && !r.hasAdditionalProtocolInForce() ? " (through its "
						+ "regional arrangement instead of an Additional Protocol)" : "") + "; weigh whether there is a "
						+ "credible and coherent civil rationale and the transfer's effect on stability and security.");
		if (f.entry().sensitivity() == Sensitivity.ENRICHMENT) {
			weigh.with(Condition.ENRICHMENT_NON_REPLICATION);
		}
		return weigh;
	}

	/** An exception that would cover the recipient but excludes ENR items yields a reason to cite. */
	private static List<Reason> excludedByException(Facts f) {
		List<Reason> reasons = new ArrayList<>(1);
		for (AdoptedException e : f.exceptionsExcludingEnr()) {
			reasons.add(new Reason(ReasonCode.EXCEPTION_EXCLUDES_ENR.name(), e.reference(), e.title() + " does not extend to "
					+ "enrichment and reprocessing items: they remain subject to the sensitive-export paragraphs."));
		}
		return reasons;
	}
}
