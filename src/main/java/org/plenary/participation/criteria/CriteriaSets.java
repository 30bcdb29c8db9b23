package org.plenary.participation.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.plenary.registry.FactKind;
import org.plenary.shared.NotFoundException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The criteria sets shipped in {@code reference/criteria/}: {@code nsg-factors} (the five official
 * factors) and {@code grossi-2016} (a draft never adopted). A malformed file fails at start with its
 * name and what is wrong.
 */
public final class CriteriaSets {

	static final List<String> SHIPPED = List.of("nsg-factors", "grossi-2016");

	private final Map<String, CriteriaSet> sets = new LinkedHashMap<>();

	public CriteriaSets(JsonMapper json) {
		Set<String> kinds = Arrays.stream(FactKind.values()).map(Enum::name).collect(Collectors.toSet());
		for (String id : SHIPPED) {
			sets.put(id, parse(read(json, id), kinds, id));
		}
	}

	/** The set with this id; throws a not-found problem naming the sets there are. */
	public CriteriaSet require(String id) {
		CriteriaSet set = sets.get(id);
		if (set == null) {
			throw NotFoundException.of("criteria-set-not-found", "Unknown criteria set",
					"No criteria set is called '" + id + "'. Use one of " + sets.keySet() + ".", Map.of("allowed", sets.keySet()));
		}
		return set;
	}

	public List<CriteriaSet> all() {
		return List.copyOf(sets.values());
	}

	private static CriteriaSet parse(JsonNode root, Set<String> kinds, String file) {
		try {
			List<Criterion> criteria = new ArrayList<>();
			for (JsonNode c : root.required("criteria")) {
				List<String> unknownUnless = new ArrayList<>();
				if (c.has("unknownUnless")) {
					c.get("unknownUnless").forEach(k -> unknownUnless.add(k.asString()));
				}
				criteria.add(new Criterion(c.required("id").asString(), c.required("title").asString(),
						c.path("source").asString(""), c.path("verified").asBoolean(false), c.path("method").asString(""),
						c.has("met") ? Condition.parse(c.get("met"), kinds) : null,
						c.has("partial") ? Condition.parse(c.get("partial"), kinds) : null, List.copyOf(unknownUnless),
						c.path("claimable").asBoolean(false), c.path("note").asString("")));
			}
			return new CriteriaSet(root.required("id").asString(), root.required("title").asString(),
					root.required("status").asString(), root.required("label").asString(), root.required("source").asString(),
					List.copyOf(criteria));
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("reference/criteria/" + file + ".json: " + ex.getMessage(), ex);
		}
	}

	private static JsonNode read(JsonMapper json, String id) {
		try (InputStream in = CriteriaSets.class.getClassLoader().getResourceAsStream("reference/criteria/" + id + ".json")) {
			if (in == null) {
				throw new IllegalStateException("missing criteria set reference/criteria/" + id + ".json");
			}
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
