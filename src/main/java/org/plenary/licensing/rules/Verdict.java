package org.plenary.licensing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** A decision being built: the outcome so far, the conditions attached and the reasons given. */
final class Verdict {

	private Outcome outcome;
	private final EnumSet<Condition> conditions = EnumSet.noneOf(Condition.class);
	private final List<Reason> reasons = new ArrayList<>(4);

	private Verdict(Outcome outcome) {
		this.outcome = outcome;
	}

	static Verdict deny(String code, String ref, String text) {
		return new Verdict(Outcome.DENY).because(code, ref, text);
	}

	static Verdict refer(String code, String ref, String text) {
		return new Verdict(Outcome.REFER).because(code, ref, text);
	}

	static Verdict approve(String code, String ref, String text) {
		return new Verdict(Outcome.APPROVE).because(code, ref, text);
	}

	Verdict because(String code, String ref, String text) {
		reasons.add(new Reason(code, ref, text));
		return this;
	}

	Verdict with(Condition... attached) {
		for (Condition c : attached) {
			conditions.add(c);
		}
		return this;
	}

	Outcome outcome() {
		return outcome;
	}

	/** Other PGs' denials match: whatever would be approved or weighed waits for consultation; a denial stands. */
	TransferDecision decision(String id, List<DenialMatch> matches) {
		if (!matches.isEmpty() && outcome != Outcome.DENY) {
			outcome = Outcome.CONSULT;
			DenialMatch first = matches.get(0);
			reasons.add(new Reason("DENIAL_MATCH", first.reference(), first.notifyingGovernment() + " denied an essentially "
					+ "identical transfer (" + first.entry() + " to " + first.deniedEndUser() + ", " + first.destination()
					+ ") on " + first.deniedOn() + ": consult it before approving (no-undercut)."));
		}
		List<Condition> attached = outcome == Outcome.DENY ? List.of() : List.copyOf(conditions);
		return new TransferDecision(id, outcome, attached, List.copyOf(reasons), matches);
	}
}
