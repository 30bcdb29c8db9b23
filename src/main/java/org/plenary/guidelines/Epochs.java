package org.plenary.guidelines;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The periods between two changes of the Guidelines' texts (a revision, a paragraph or an entry
 * coming into or out of force). Every day of a period has the same paragraphs, citations and
 * entries, so they are built once per period and shared by the rulebooks of all its days: a batch
 * over ten thousand dates keeps a few dozen sets of texts, not ten thousand.
 */
final class Epochs {

	/** What every day of one period shares: the paragraphs in force, their citations, the entries and each Part's revision. */
	record Texts(Map<String, Paragraph> paragraphs, Map<String, String> refs, Map<String, ControlListEntry> entries,
			Map<Integer, String> documents) {

		Texts {
			paragraphs = Map.copyOf(paragraphs);
			refs = Map.copyOf(refs);
			entries = Map.copyOf(entries);
			documents = Map.copyOf(documents);
		}
	}

	private final NavigableSet<LocalDate> changes = new TreeSet<>();
	private final Map<LocalDate, Texts> texts = new ConcurrentHashMap<>();

	Epochs(GuidelinesData data) {
		data.revisions().forEach(r -> changes.add(r.validFrom()));
		data.paragraphs().forEach(p -> add(p.validFrom(), p.validTo()));
		data.entries().forEach(e -> add(e.validFrom(), e.validTo()));
	}

	private void add(LocalDate from, LocalDate to) {
		changes.add(from);
		if (to != null) {
			changes.add(to);
		}
	}

	/** The texts of the period that holds {@code date}, built from that date the first time. */
	Texts of(LocalDate date, Function<LocalDate, Texts> build) {
		LocalDate start = changes.floor(date);
		return texts.computeIfAbsent(start == null ? LocalDate.MIN : start, k -> build.apply(date));
	}
}
