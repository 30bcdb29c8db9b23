package org.plenary.participation.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * A test over a state's facts in force on a date, as criteria files write it:
 * {@code {"fact": KIND, "in": [VALUES]}} (a fact of that kind in force, with one of those values, or
 * any value without {@code in}), {@code {"noFact": KIND}}, {@code {"all": [...]}}, {@code {"any": [...]}},
 * {@code {"atLeast": N, "of": [...]}} and {@code {"not": {...}}}.
 */
public sealed interface Condition {

	boolean test(StateFacts facts);

	/** The fact kinds the condition looks at, for showing the evidence behind a status. */
	void kinds(Set<String> into);

	record FactIn(String kind, List<String> values) implements Condition {
		public boolean test(StateFacts facts) {
			return facts.inForce(kind).stream().anyMatch(f -> values.isEmpty() || values.contains(f.value()));
		}

		public void kinds(Set<String> into) {
			into.add(kind);
		}
	}

	record NoFact(String kind) implements Condition {
		public boolean test(StateFacts facts) {
			return facts.inForce(kind).isEmpty();
		}

		public void kinds(Set<String> into) {
			into.add(kind);
		}
	}

	record AtLeast(int count, List<Condition> of) implements Condition {
		public boolean test(StateFacts facts) {
			return of.stream().filter(c -> c.test(facts)).count() >= count;
		}

		public void kinds(Set<String> into) {
			of.forEach(c -> c.kinds(into));
		}
	}

	record Not(Condition condition) implements Condition {
		public boolean test(StateFacts facts) {
			return !condition.test(facts);
		}

		public void kinds(Set<String> into) {
			condition.kinds(into);
		}
	}

	/** Parses a condition; a malformed one fails with what was expected. */
	static Condition parse(JsonNode node, Set<String> knownKinds) {
		if (node.has("fact")) {
			String kind = kind(node.get("fact").asString(), knownKinds);
			List<String> values = new ArrayList<>();
			if (node.has("in")) {
				node.get("in").forEach(v -> values.add(v.asString()));
			}
			return new FactIn(kind, List.copyOf(values));
		}
		if (node.has("noFact")) {
			return new NoFact(kind(node.get("noFact").asString(), knownKinds));
		}
		if (node.has("all")) {
			return new AtLeast(node.get("all").size(), list(node.get("all"), knownKinds));
		}
		if (node.has("any")) {
			return new AtLeast(1, list(node.get("any"), knownKinds));
		}
		if (node.has("atLeast")) {
			return new AtLeast(node.get("atLeast").asInt(), list(node.get("of"), knownKinds));
		}
		if (node.has("not")) {
			return new Not(parse(node.get("not"), knownKinds));
		}
		throw new IllegalArgumentException("a condition needs one of fact, noFact, all, any, atLeast/of, not: " + node);
	}

	private static List<Condition> list(JsonNode array, Set<String> knownKinds) {
		List<Condition> conditions = new ArrayList<>();
		array.forEach(n -> conditions.add(parse(n, knownKinds)));
		return List.copyOf(conditions);
	}

	private static String kind(String kind, Set<String> knownKinds) {
		if (!knownKinds.contains(kind)) {
			throw new IllegalArgumentException("unknown fact kind '" + kind + "'; known: " + knownKinds);
		}
		return kind;
	}
}
