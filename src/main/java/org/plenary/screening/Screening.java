package org.plenary.screening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.plenary.screening.lists.ListDefinition;
import org.plenary.screening.lists.ListReadings;
import org.plenary.screening.lists.ListSource;
import org.plenary.screening.lists.ListedParty;
import org.plenary.screening.lists.ScreeningIndex;
import org.plenary.screening.matching.Corroboration;
import org.plenary.screening.matching.MatchSettings;
import org.plenary.screening.matching.NameMatcher;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screening against the published lists. Each list has a {@link ListSource} (the jar, a folder or an
 * HTTP address) and is read on its own; a read that changes a list builds a new index off to the side
 * and swaps it whole, so a search sees the old lists or the new ones, never half of them. A read that
 * fails keeps the last good version of that list and reports it ({@code FAILED}, the error and when).
 */
public class Screening {

	private static final Logger log = LoggerFactory.getLogger(Screening.class);

	/** Lists changed by a reload (not the first load): the index before and after, to screen again against both. */
	public record Reloaded(List<String> changed, Map<String, Integer> versions, ScreeningIndex before, ScreeningIndex after) {
	}

	private record Snapshot(ScreeningIndex index, Map<String, HeldList> lists) {
	}

	private final Map<String, ListSource> sources;
	private final MatchSettings settings;
	private final Duration maxAge;
	private final Clock clock;
	private volatile ListVersions versions = ListVersions.inMemory();
	private final List<Consumer<Reloaded>> observers = new CopyOnWriteArrayList<>();
	private volatile Snapshot snapshot;
	private volatile SavedIndexes indexes = SavedIndexes.inMemory();
	private CompletableFuture<Void> firstLoad;

	/** Screening over parties given whole, each list holding those of its name: nothing is read (tests, fixtures). */
	public static Screening of(List<ListedParty> parties, MatchSettings settings) {
		Screening screening = new Screening(Map.of(), settings, Duration.ofDays(7), Clock.systemUTC());
		Map<String, HeldList> lists = new LinkedHashMap<>();
		ListDefinition.ALL.forEach(d -> lists.put(d.id(), HeldList.given(d, parties)));
		screening.snapshot = new Snapshot(ScreeningIndex.build(parties, settings), java.util.Collections.unmodifiableMap(lists));
		screening.firstLoad = CompletableFuture.completedFuture(null);
		return screening;
	}

	/** Loads nothing yet: the lists (from {@code folder}, or the jar) are read on first use, or ahead of it by {@link #load()}. */
	public Screening(String folder, MatchSettings settings) {
		this(ListDefinition.ALL.stream().collect(java.util.stream.Collectors.toMap(ListDefinition::id, d -> d.defaultSource(folder))),
				settings, Duration.ofDays(7), Clock.systemUTC());
	}

	/** Lists read from their own sources (a list without one is read from the jar, or not at all if none ships); a list older than {@code maxAge} warns. */
	public Screening(Map<String, ListSource> sources, MatchSettings settings, Duration maxAge, Clock clock) {
		this.sources = Map.copyOf(sources);
		this.settings = settings;
		this.maxAge = maxAge;
		this.clock = clock;
	}

	/** Where each version is recorded (set before the first load). */
	public void recordVersionsIn(ListVersions versions) {
		this.versions = versions;
	}

	/** Where each list's index is saved and read at the next start ({@link SavedIndexes}; before the first load; null: nowhere). */
	public void saveIndexesIn(java.nio.file.Path folder) {
		this.indexes = folder == null ? SavedIndexes.inMemory() : new SavedIndexes(folder, SavedIndexes.codeFingerprint());
	}

	/** Told after each reload that changed a list, on the thread that reloaded. */
	public void onReload(Consumer<Reloaded> observer) {
		observers.add(observer);
	}

	/** Starts reading the lists in the background (once); searches wait for them. */
	public synchronized CompletableFuture<Void> load() {
		if (firstLoad == null) {
			// Its own thread, not the common pool: batch commands process on the common pool and would wait on it.
			firstLoad = CompletableFuture.runAsync(this::reload, task -> {
				Thread loader = new Thread(task, "screening-lists");
				loader.setDaemon(true);
				loader.start();
			});
		}
		return firstLoad;
	}

	private Snapshot current() {
		Snapshot loaded = snapshot;
		if (loaded == null) {
			load().join();
			loaded = snapshot;
		}
		return loaded;
	}

	/** A hit as the API and the CLI show it; given a country or a date of birth, the name's own score and what each did. */
	public record ListHit(String list, String entryId, String matchedName, double score, String explanation,
			@JsonInclude(JsonInclude.Include.NON_NULL) Double nameScore,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Corroboration.Note> corroboration) {

		/** The explanation of the name alone, without what the country and the date did (the page lists those apart). */
		@JsonIgnore public String nameExplanation() {
			return corroboration.isEmpty() ? explanation : explanation.substring(0, explanation.indexOf("; " + corroboration.get(0).text()));
		}
	}

	/** Reads every list again and swaps the index in one step; returns what each list gave. */
	public synchronized Map<String, String> reload() {
		refresh(ListDefinition.ALL.stream().map(ListDefinition::id).toList());
		return report();
	}

	/** Reads one list again (conditionally, over HTTP); returns its status after the read. */
	public ListStatus refresh(String list) {
		ListDefinition.of(list);
		current();
		synchronized (this) {
			refresh(List.of(list));
			return snapshot.lists().get(list).status(clock.instant(), maxAge);
		}
	}

	private void refresh(List<String> ids) {
		Snapshot before = snapshot;
		Map<String, HeldList> lists = new LinkedHashMap<>();
		for (ListDefinition d : ListDefinition.ALL) {
			HeldList old = before == null ? null : before.lists().get(d.id());
			lists.put(d.id(), old != null ? old : HeldList.unread(d, sources.getOrDefault(d.id(), d.defaultSource(null))));
		}
		List<String> changed = new ArrayList<>();
		Map<String, Integer> changedVersions = new LinkedHashMap<>();
		for (String id : ids) {
			HeldList old = lists.get(id);
			HeldList read = old.read(clock.instant(), indexes);
			lists.put(id, read);
			if (read.good() != null && (old.good() == null || !old.good().sha256().equals(read.good().sha256()))) {
				changed.add(id);
			}
		}
		if (before != null && changed.isEmpty()) {
			snapshot = new Snapshot(before.index(), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lists)));
			return;
		}
		// Built off to the side; searches keep the old index until the new one is whole.
		ScreeningIndex index = build(lists);
		snapshot = new Snapshot(index, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lists)));
		// Versions are recorded once the index serves, so that writing them does not delay the first answer.
		for (String id : changed) {
			HeldList held = lists.get(id).recorded(versions);
			lists.put(id, held);
			changedVersions.put(id, held.version());
		}
		snapshot = new Snapshot(index, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lists)));
		indexes.saveNew();
		if (before != null) {
			tell(new Reloaded(List.copyOf(changed), Map.copyOf(changedVersions), before.index(), index));
		}
	}

	private ScreeningIndex build(Map<String, HeldList> lists) {
		List<ListReadings> readings = lists.values().stream().filter(held -> held.good() != null)
				.map(held -> indexes.readings(held.definition(), held.good())).toList();
		return ScreeningIndex.build(readings, settings);
	}

	private void tell(Reloaded reloaded) {
		for (Consumer<Reloaded> observer : observers) {
			try {
				observer.accept(reloaded);
			}
			catch (RuntimeException ex) {
				log.error("After the screening lists {} changed, screening again failed", reloaded.changed(), ex);
			}
		}
	}

	/** Each list's status: its source, version, publication date, age, counts, and the last read's outcome. */
	public List<ListStatus> lists() {
		Snapshot s = current();
		return s.lists().values().stream().map(l -> l.status(clock.instant(), maxAge)).toList();
	}

	/** The warnings every answer carries: a list older than the maximum age, of unknown age, failing to refresh, or missing. */
	public List<String> warnings() {
		return warnings(lists());
	}

	/** The warnings of these statuses (from {@link #lists()}), for an answer that shows both. */
	public List<String> warnings(List<ListStatus> lists) {
		return ListStatus.warnings(lists, maxAge);
	}

	/** What each list gave at its last read: "loaded N parties", or "skipped: why" when it has no good version. */
	public Map<String, String> report() {
		Map<String, String> report = new LinkedHashMap<>();
		for (ListStatus l : lists()) {
			report.put(l.id(), l.parties() == 0 ? "skipped: " + l.error()
					: "loaded " + l.parties() + " parties" + (l.error() == null ? "" : "; last refresh failed: " + l.error()));
		}
		return report;
	}

	public List<ListHit> screen(String name, int limit) {
		return screen(name, Corroboration.Evidence.NONE, limit);
	}

	/** Hits for a name, raised or lowered by the party's country and date of birth where the list gives them too. */
	public List<ListHit> screen(String name, Corroboration.Evidence evidence, int limit) {
		return CorroboratedHits.of(current().index(), name, evidence, limit);
	}

	/** The matcher, with token weights learnt from the loaded lists. */
	public NameMatcher matcher() {
		return current().index().matcher();
	}

	/** Whether the loaded lists hold a party with this list name and entry id (e.g. OFAC-SDN, 306). */
	public boolean has(String list, String entryId) {
		return current().index().has(list, entryId);
	}

	public int parties() {
		return current().index().size();
	}

	public int names() {
		return current().index().names();
	}
}
