package org.plenary.registry.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.plenary.registry.Fact;
import org.plenary.registry.FactKind;
import org.plenary.registry.Precision;
import org.plenary.registry.State;
import org.plenary.registry.reference.ReferenceData.StateFact;

/**
 * The states and their facts: every state and its baseline (NPT, safeguards, Additional Protocol)
 * from {@code states/npt-safeguards.csv}, each with its own source, verified flag and note, then the dated facts of
 * {@code states/profiles.csv}, which replace the baseline's facts of the kinds they cover, then the
 * facts the licensing rules turn on ({@link RuleFactFiles}).
 */
final class StateFiles {

	/** The Holy See and Palestine: known to the registry, not UN members. */
	private static final Set<String> NON_UN_MEMBERS = Set.of("VA", "PS");

	/** The states in file order, and their facts: the baseline merged with the profiles. */
	record States(List<State> states, List<StateFact> facts) {
	}

	private StateFiles() {
	}

	static States read() {
		List<State> states = new ArrayList<>();
		List<StateFact> baseline = new ArrayList<>();
		ReferenceFiles.read("states/npt-safeguards.csv", row -> {
			String code = row.get(0);
			states.add(new State(code, row.get(1), !NON_UN_MEMBERS.contains(code)));
			baseline.addAll(BaselineRow.facts(row));
		});
		List<StateFact> facts = merge(baseline, profiles());
		facts.addAll(RuleFactFiles.read());
		return new States(states, facts);
	}

	/** The dated facts of {@code states/profiles.csv}: state, kind, value, from, to, source, verified, note. */
	private static List<StateFact> profiles() {
		List<StateFact> profiles = new ArrayList<>();
		ReferenceFiles.read("states/profiles.csv", row -> {
			FactKind kind = FactKind.valueOf(row.get(1));
			Precision.Dated from = Precision.parse(row.get(3));
			profiles.add(new StateFact(row.get(0), new Fact(kind, row.get(2), from.date(),
					Precision.parse(row.get(4)).date(), from.precision(), row.get(5), List.of(),
					Boolean.parseBoolean(row.get(6)), ReferenceFiles.blankToNull(row.get(7)), ReferenceData.ORIGIN, List.of())));
		});
		return profiles;
	}

	/** The baseline's facts except those of a kind the profiles cover for the state, then the profiles'. */
	private static List<StateFact> merge(List<StateFact> baseline, List<StateFact> profiles) {
		Set<String> overridden = new HashSet<>();
		profiles.forEach(f -> overridden.add(f.state() + "/" + f.fact().kind()));
		List<StateFact> merged = new ArrayList<>();
		baseline.stream().filter(f -> !overridden.contains(f.state() + "/" + f.fact().kind())).forEach(merged::add);
		merged.addAll(profiles);
		return merged;
	}
}
