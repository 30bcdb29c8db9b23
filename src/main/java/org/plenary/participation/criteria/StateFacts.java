package org.plenary.participation.criteria;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plenary.registry.Fact;

/** What the evaluator knows of a state on a date: its facts in force by kind, and the kinds ever recorded. */
public record StateFacts(Map<String, List<Fact>> inForceByKind, Set<String> recordedKinds) {

	public List<Fact> inForce(String kind) {
		return inForceByKind.getOrDefault(kind, List.of());
	}

	public boolean recordsAnyOf(List<String> kinds) {
		return kinds.stream().anyMatch(recordedKinds::contains);
	}
}
