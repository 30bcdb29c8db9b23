package org.plenary.screening;

import java.time.Instant;
import java.util.Map;

import org.plenary.screening.lists.ListDefinition;

/** Records each version of a list (in the database, in the server); answers the version number. */
public interface ListVersions {

	/** The version number of this read: the latest version's when its files are the same, else a new one. */
	int record(ListDefinition list, String source, ListDefinition.Parsed parsed, Instant loadedAt);

	/** Keeps no history (one per {@link Screening}): every changed read is one more than the last. */
	static ListVersions inMemory() {
		Map<String, Map.Entry<String, Integer>> latest = new java.util.concurrent.ConcurrentHashMap<>();
		return (list, source, parsed, loadedAt) -> latest.compute(list.id(), (k, v) -> v == null ? Map.entry(parsed.sha256(), 1)
				: v.getKey().equals(parsed.sha256()) ? v : Map.entry(parsed.sha256(), v.getValue() + 1)).getValue();
	}
}
