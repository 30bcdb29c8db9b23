package org.plenary.licensing.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.plenary.licensing.Condition;
import org.plenary.licensing.DenialMatch;
import org.plenary.licensing.Outcome;
import org.plenary.licensing.Reason;
import org.plenary.licensing.TransferDecision;

/** A decision being built: the outcome so far, the conditions attached and the reasons given. */
public final class Verdict {

	private Outcome outcome;
	private final EnumSet<Condition> conditions = EnumSet.noneOf(Condition.class);
	private final List<Reason> reasons = new ArrayList<>(4);

	private Verdict(Outcome outcome) {
		this.outcome = outcome;
	}

	static Verdict deny(ReasonCode code, String ref, String text) {
		return new Verdict(Outcome.DENY).because(code, ref, text);
	}

	/** A denial on reasons already given (at least one), in their order. */
	static Verdict deny(List<Reason> given) {
		if (given.isEmpty()) {
			throw new IllegalArgumentException("a denial needs a reason");
		}
		return new Verdict(Outcome.DENY).because(given);
	}

	static Verdict refer(ReasonCode code, String ref, String text) {
		return new Verdict(Outcome.REFER).because(code, ref, text);
	}

	static Verdict approve(ReasonCode code, String ref, String text) {
		return new Verdict(Outcome.APPROVE).because(code, ref, text);
	}

	Verdict because(ReasonCode code, String ref, String text) {
		reasons.add(new Reason(code.name(), ref, text));
		return this;
	}

	/** Puts a reason before those already given: what the rest of the decision rests on. */
	Verdict first(ReasonCode code, String ref, String text) {
		reasons.add(0, new Reason(code.name(), ref, text));
		return this;
	}

	/** Adds reasons already given elsewhere, in their order. */
	Verdict because(List<Reason> more) {
		reasons.addAll(more);
		return this;
	}

	/** Refers what would be approved, giving this reason first; a denial or a referral keeps its outcome. */
	Verdict referFirst(ReasonCode code, String ref, String text) {
		if (outcome == Outcome.APPROVE) {
			outcome = Outcome.REFER;
		}
		reasons.add(0, new Reason(code.name(), ref, text));
		return this;
	}

	/** The reasons given so far, in their order. */
	List<Reason> reasons() {
		return List.copyOf(reasons);
	}

	Verdict with(Condition... attached) {
		for (Condition c : attached) {
			conditions.add(c);
		}
		return this;
	}

	public Outcome outcome() {
		return outcome;
	}

	/** Other PGs' denials match: whatever would be approved or weighed waits for consultation; a denial stands. */
	public TransferDecision decision(String id, List<DenialMatch> matches) {
		if (!matches.isEmpty() && outcome != Outcome.DENY) {
			outcome = Outcome.CONSULT;
			DenialMatch first = matches.get(0);
			because(ReasonCode.DENIAL_MATCH, first.reference(), first.notifyingGovernment() + " denied an essentially "
					+ "identical transfer (" + first.entry() + " to " + first.deniedEndUser() + ", " + first.destination()
					+ ") on " + first.deniedOn() + ": consult it before approving (no-undercut).");
		}
		List<Condition> attached = outcome == Outcome.DENY ? List.of() : List.copyOf(conditions);
		return new TransferDecision(id, outcome, attached, List.copyOf(reasons), matches);
	}
}
