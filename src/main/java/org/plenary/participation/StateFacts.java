package org.plenary.participation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plenary.registry.Fact;

/** What the evaluator knows of a state on a date: its facts in force by kind, and the kinds ever recorded. */
record StateFacts(Map<String, List<Fact>> inForceByKind, Set<String> recordedKinds) {

	List<Fact> inForce(String kind) {
		return inForceByKind.getOrDefault(kind, List.of());
	}

	boolean recordsAnyOf(List<String> kinds) {
		return kinds.stream().anyMatch(recordedKinds::contains);
	}
}
