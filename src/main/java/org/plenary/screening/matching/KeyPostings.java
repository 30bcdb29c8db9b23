package org.plenary.screening.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an index's postings: for each {@link NameKeys key}, the numbers of the items whose names
 * have it, ascending and each once. Items are added in ascending order, each with one or more names.
 */
public final class KeyPostings {

	private final Map<String, List<Integer>> building = new HashMap<>();

	/** Files item {@code item} under the keys of one of its names. */
	public void add(int item, List<String> tokens) {
		for (String key : NameKeys.keysOf(tokens)) {
			List<Integer> postings = building.computeIfAbsent(key, k -> new ArrayList<>());
			if (postings.isEmpty() || postings.get(postings.size() - 1) != item) {
				postings.add(item);
			}
		}
	}

	/** The postings by key, as arrays. */
	public Map<String, int[]> build() {
		Map<String, int[]> keys = new HashMap<>(building.size() * 2);
		building.forEach((k, v) -> keys.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
		return keys;
	}
}
