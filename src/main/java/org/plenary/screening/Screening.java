package org.plenary.screening;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.plenary.screening.lists.ListLoader;
import org.plenary.screening.lists.ScreeningIndex;
import org.plenary.screening.matching.MatchSettings;
import org.plenary.screening.matching.NameMatcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screening against the published lists. The index is immutable and swapped whole on reload, so a
 * search during a reload sees the old lists or the new ones, never half of them.
 */
public class Screening {

	private static final Logger log = LoggerFactory.getLogger(Screening.class);

	private final String folder;
	private final MatchSettings settings;
	private final AtomicReference<ScreeningIndex> index = new AtomicReference<>();
	private volatile Map<String, String> report = Map.of();

	private java.util.concurrent.CompletableFuture<Void> firstLoad;

	/** Loads nothing yet: the lists are read on first use, or ahead of it by {@link #load()}. */
	public Screening(String folder, MatchSettings settings) {
		this.folder = folder;
		this.settings = settings;
	}

	/** Starts reading the lists in the background (once); searches wait for them. */
	public synchronized java.util.concurrent.CompletableFuture<Void> load() {
		if (firstLoad == null) {
			// Its own thread, not the common pool: batch commands process on the common pool and would wait on it.
			firstLoad = java.util.concurrent.CompletableFuture.runAsync(this::reload, task -> {
				Thread loader = new Thread(task, "screening-lists");
				loader.setDaemon(true);
				loader.start();
			});
		}
		return firstLoad;
	}

	private ScreeningIndex current() {
		ScreeningIndex loaded = index.get();
		if (loaded == null) {
			load().join();
			loaded = index.get();
		}
		return loaded;
	}

	/** A hit as the API and the CLI show it. */
	public record ListHit(String list, String entryId, String matchedName, double score, String explanation) {
	}

	/** Reloads every list and swaps the index in one step; returns what each list gave. */
	public synchronized Map<String, String> reload() {
		ListLoader.Loaded loaded = ListLoader.load(folder);
		index.set(ScreeningIndex.build(loaded.parties(), settings));
		report = loaded.report();
		report.forEach((list, outcome) -> {
			if (outcome.startsWith("skipped")) {
				log.warn("Screening list {} {}", list, outcome);
			}
		});
		return report;
	}

	public Map<String, String> report() {
		current();
		return report;
	}

	public List<ListHit> screen(String name, int limit) {
		return current().screen(name, limit).stream().map(h -> new ListHit(h.party().list(), h.party().entryId(),
				h.matchedName(), Math.round(h.score() * 10_000) / 10_000.0, h.explanation())).toList();
	}

	/** The matcher, with token weights learnt from the loaded lists. */
	public NameMatcher matcher() {
		return current().matcher();
	}

	/** Whether the loaded lists hold a party with this list name and entry id (e.g. OFAC-SDN, 306). */
	public boolean has(String list, String entryId) {
		return current().has(list, entryId);
	}

	public int parties() {
		return current().size();
	}

	public int names() {
		return current().names();
	}
}
