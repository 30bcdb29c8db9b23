package org.plenary.guidelines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plenary.shared.ControlList;

/**
 * The control lists as a tree over time: reads a number named by a transfer or a denial as the entry
 * in force on a day, through the renumbering between revisions, and refuses a group with the
 * entries a person may name instead.
 */
final class ControlLists {

	private static final int LISTED = 12;
	private static final int HOPS = 8;
	private static final int CURRENTS = 4_096;
	private static final java.util.regex.Pattern DOTS = java.util.regex.Pattern.compile("\\.+");
	private static final java.util.regex.Pattern EDGE_DOTS = java.util.regex.Pattern.compile("^\\.|\\.$");

	private final List<ControlListEntry> entries;
	private final List<Renumbering> renumberings;
	private final Map<String, List<ControlListEntry>> children = new LinkedHashMap<>();
	private final Map<String, List<ControlListEntry>> byNumber = new java.util.HashMap<>();
	/** {@link #current} of each number asked for, per list; bounded, since the numbers come from the input. */
	private final Map<ControlList, Map<String, String>> currents = new java.util.EnumMap<>(ControlList.class);

	ControlLists(List<ControlListEntry> entries, List<Renumbering> renumberings) {
		this.entries = List.copyOf(entries);
		this.renumberings = List.copyOf(renumberings);
		for (ControlList list : ControlList.values()) {
			currents.put(list, new java.util.concurrent.ConcurrentHashMap<>());
		}
		for (ControlListEntry e : entries) {
			byNumber.computeIfAbsent(e.list() + ":" + e.entry(), k -> new ArrayList<>(1)).add(e);
			if (e.parent() != null) {
				children.computeIfAbsent(e.list() + ":" + e.parent(), k -> new ArrayList<>()).add(e);
			}
		}
	}

	static ControlLists load(List<ControlListEntry> entries) {
		List<Renumbering> renumberings = new ArrayList<>();
		GuidelinesData.read("renumbering.csv", r -> renumberings.add(new Renumbering(ControlList.valueOf(r.get(0)), r.get(1),
				Arrays.asList(r.get(2).trim().split("\\s+")), r.get(3), r.get(4), LocalDate.parse(r.get(5).strip()), r.get(6),
				Boolean.parseBoolean(r.get(7)), r.get(8).isBlank() ? null : r.get(8))));
		return new ControlLists(entries, renumberings);
	}

	List<Renumbering> renumberings() {
		return renumberings;
	}

	/** The entry {@code named} reads as on {@code date}; throws {@link UnknownEntryException} saying what to name instead. */
	EntryReading read(ControlList list, String named, LocalDate date) {
		ControlListEntry exact = find(list, named, date);
		if (exact != null && !exact.group()) {
			return new EntryReading(named, exact, null);
		}
		String code = normalize(list, named);
		Renumbering via = null;
		for (int hop = 0; hop < HOPS; hop++) {
			ControlListEntry e = find(list, code, date);
			if (e != null && e.group()) {
				throw new UnknownEntryException("'" + named + "' is a group of the " + list + " list, not an entry: name one of "
						+ "its entries in force on " + date + ": " + finer(e, date));
			}
			if (e != null) {
				return new EntryReading(named, e, via);
			}
			Renumbering r = renumbering(list, code, date);
			if (r == null) {
				break;
			}
			if (r.to().size() > 1) {
				throw new UnknownEntryException(r.text() + " since " + r.on() + ": name one of " + String.join(", ", r.to()));
			}
			via = via == null ? r : new Renumbering(list, via.from(), r.to(), via.fromRevision(), r.toRevision(), r.on(),
					via.source() + " | " + r.source(), via.verified() && r.verified(), null);
			code = r.to().get(0);
		}
		throw new UnknownEntryException("'" + named + "' is not an entry of the " + list + " list in force on " + date);
	}

	/** The newest number of an entry, whatever the day: the number itself when no renumbering (to a single entry) applies. */
	String current(ControlList list, String named) {
		Map<String, String> known = currents.get(list);
		String found = known.get(named);
		if (found == null) {
			found = newest(list, named);
			if (known.size() >= CURRENTS) {
				known.clear();
			}
			known.put(named, found);
		}
		return found;
	}

	private String newest(ControlList list, String named) {
		String code = normalize(list, named);
		for (int hop = 0; hop < HOPS; hop++) {
			Renumbering r = renumbering(list, code, LocalDate.MAX);
			if (r == null || r.to().size() != 1) {
				return code;
			}
			code = r.to().get(0);
		}
		return code;
	}

	/**
	 * The number as the lists write it, whatever the spelling: {@code 5.1.1(b)} and {@code 5.1.1b} read as
	 * {@code 5.1.1.b}, {@code 1a1} as {@code 1.A.1} on the Dual-Use list.
	 */
	static String normalize(ControlList list, String code) {
		String s = code.strip().replace("(", ".").replace(")", "").replace(" ", "");
		StringBuilder b = new StringBuilder(s.length() + 4);
		for (char c : s.toCharArray()) {
			if (!b.isEmpty()) {
				char p = b.charAt(b.length() - 1);
				boolean boundary = Character.isDigit(p) && Character.isLetter(c) || Character.isLetter(p) && Character.isDigit(c);
				if (boundary && !(b.length() == 1 && list == ControlList.TRIGGER)) {
					b.append('.');
				}
			}
			b.append(c);
		}
		String out = EDGE_DOTS.matcher(DOTS.matcher(b).replaceAll(".")).replaceAll("");
		if (list != ControlList.TRIGGER || out.isEmpty()) {
			return out.toUpperCase(Locale.ROOT);
		}
		return Character.toUpperCase(out.charAt(0)) + out.substring(1).toLowerCase(Locale.ROOT);
	}

	private ControlListEntry find(ControlList list, String code, LocalDate date) {
		List<ControlListEntry> versions = byNumber.get(list + ":" + code);
		if (versions != null) {
			for (ControlListEntry e : versions) {
				if (e.inForceOn(date)) {
					return e;
				}
			}
		}
		return null;
	}

	private Renumbering renumbering(ControlList list, String code, LocalDate date) {
		for (Renumbering r : renumberings) {
			if (r.list() == list && r.from().equals(code) && !r.on().isAfter(date)) {
				return r;
			}
		}
		return null;
	}

	/** The finest entries under a group on a day, the first few with their titles. */
	private String finer(ControlListEntry group, LocalDate date) {
		List<ControlListEntry> found = new ArrayList<>();
		collect(group, date, found);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < Math.min(LISTED, found.size()); i++) {
			text.append(i == 0 ? "" : "; ").append(found.get(i).entry()).append(" (").append(found.get(i).title()).append(')');
		}
		if (found.size() > LISTED) {
			text.append("; and ").append(found.size() - LISTED).append(" more (GET /api/control-lists or plenary lists)");
		}
		return text.toString();
	}

	private void collect(ControlListEntry group, LocalDate date, List<ControlListEntry> found) {
		for (ControlListEntry c : children.getOrDefault(group.list() + ":" + group.entry(), List.of())) {
			if (!c.inForceOn(date)) {
				continue;
			}
			if (!c.group()) {
				found.add(c);
			}
			collect(c, date, found);
		}
	}
}
