package org.plenary.participation.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.plenary.participation.Assessment;
import org.plenary.registry.Fact;
import org.plenary.registry.Registry;
import org.plenary.registry.StateProfile;
import org.plenary.shared.StateCode;

/** Assesses a state's dated facts, and its claims made by that date, against a criteria set. */
public final class Assessor {

	private Assessor() {
	}

	public static Assessment assess(Registry registry, CriteriaSet set, StateCode state, LocalDate day,
			List<CriteriaEvaluator.Claim> claims) {
		StateProfile profile = registry.profile(state, day);
		Map<String, List<Fact>> inForce = profile.inForce().entrySet().stream()
				.collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
		Set<String> recorded = profile.facts().stream().map(f -> f.kind().name()).collect(Collectors.toSet());
		List<CriteriaEvaluator.Claim> byThen = claims.stream().filter(c -> !c.submittedOn().isAfter(day)).toList();
		return CriteriaEvaluator.evaluate(state.value(), set, day, new StateFacts(inForce, recorded), byThen);
	}
}
