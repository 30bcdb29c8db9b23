package org.plenary.guidelines;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.plenary.shared.ControlList;

/**
 * What differs between two revisions of one Part: the control-list entries added, removed and
 * retitled, and the deciding paragraphs added, removed and reworded, each as it stood on the day
 * each revision took effect.
 */
public record RevisionDiff(Revision from, Revision to, List<ControlListEntry> entriesAdded,
		List<ControlListEntry> entriesRemoved, List<Changed<ControlListEntry>> entriesChanged, List<Paragraph> paragraphsAdded,
		List<Paragraph> paragraphsRemoved, List<Changed<Paragraph>> paragraphsChanged) {

	/** One thing in both revisions, as it read in each. */
	public record Changed<T>(T before, T after) {
	}

	static RevisionDiff between(Guidelines guidelines, Revision from, Revision to) {
		if (from.part() != to.part()) {
			throw new IllegalArgumentException("both revisions must be of the same Part");
		}
		ControlList list = from.part() == 1 ? ControlList.TRIGGER : ControlList.DUAL_USE;
		Map<String, ControlListEntry> a = byKey(guidelines.entries(list, from.validFrom()), ControlListEntry::entry);
		Map<String, ControlListEntry> b = byKey(guidelines.entries(list, to.validFrom()), ControlListEntry::entry);
		Map<String, Paragraph> pa = byKey(paragraphs(guidelines, from), Paragraph::id);
		Map<String, Paragraph> pb = byKey(paragraphs(guidelines, to), Paragraph::id);
		return new RevisionDiff(from, to, only(b, a), only(a, b), changed(a, b, ControlListEntry::title), only(pb, pa),
				only(pa, pb), changed(pa, pb, Paragraph::text));
	}

	private static List<Paragraph> paragraphs(Guidelines guidelines, Revision revision) {
		return guidelines.paragraphs().stream()
				.filter(p -> p.part() == revision.part() && p.inForceOn(revision.validFrom())).toList();
	}

	private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
		Map<String, T> map = new LinkedHashMap<>();
		items.forEach(i -> map.put(key.apply(i), i));
		return map;
	}

	private static <T> List<T> only(Map<String, T> in, Map<String, T> notIn) {
		return in.entrySet().stream().filter(e -> !notIn.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
	}

	private static <T> List<Changed<T>> changed(Map<String, T> a, Map<String, T> b, Function<T, String> content) {
		List<Changed<T>> changed = new ArrayList<>();
		a.forEach((key, before) -> {
			T after = b.get(key);
			if (after != null && !Objects.equals(content.apply(before), content.apply(after))) {
				changed.add(new Changed<>(before, after));
			}
		});
		return changed;
	}
}
