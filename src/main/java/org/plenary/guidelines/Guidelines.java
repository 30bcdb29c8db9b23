package org.plenary.guidelines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.plenary.shared.ControlList;

/**
 * The guidelines module's public API: the rulebook of any date, the control lists of any date, and
 * the exceptions in force for a state on a date. Exceptions adopted by consensus are added while the
 * service runs ({@link ExceptionRegister}); nothing needs a restart.
 */
public class Guidelines {

	private static final int CACHED_DATES = 20_000;

	private final GuidelinesData data;
	private final ControlLists lists;
	private final List<AdoptedException> exceptions = new CopyOnWriteArrayList<>();
	private final Map<LocalDate, Rulebook> rulebooks = new ConcurrentHashMap<>();

	Guidelines(GuidelinesData data) {
		this.data = data;
		this.lists = ControlLists.load(data.entries());
		this.exceptions.addAll(data.exceptions());
	}

	/** The Guidelines from the shipped data alone (for tests and batch tools). */
	public static Guidelines fromReferenceData() {
		return new Guidelines(GuidelinesData.load());
	}

	/** The Guidelines as they stood on {@code date}. */
	public Rulebook rulebook(LocalDate date) {
		Rulebook book = rulebooks.get(date);
		if (book == null) {
			if (rulebooks.size() > CACHED_DATES) {
				rulebooks.clear();
			}
			book = rulebooks.computeIfAbsent(date, this::build);
		}
		return book;
	}

	/** The control-list entries in force on {@code date}, optionally of one list, in list order. */
	public List<ControlListEntry> entries(ControlList list, LocalDate date) {
		return data.entries().stream().filter(e -> (list == null || e.list() == list) && e.inForceOn(date)).toList();
	}

	/**
	 * The entry a number names on {@code date}, read through the renumbering between revisions (an
	 * old number reads as its new one). Throws {@link UnknownEntryException}, saying what to name
	 * instead, for a number not on the list that day or a group rather than an entry.
	 */
	public EntryReading read(ControlList list, String entry, LocalDate date) {
		return lists.read(list, entry, date);
	}

	/** The newest number of an entry, so that an old and a new number of the same entry compare equal. */
	public String currentNumber(ControlList list, String entry) {
		return lists.current(list, entry);
	}

	/** The renumbering between revisions, as shipped in {@code renumbering.csv}. */
	public List<Renumbering> renumberings() {
		return lists.renumberings();
	}

	/** The exceptions adopted for {@code state} that are in force on {@code date}. */
	public List<AdoptedException> exceptionsFor(String state, LocalDate date) {
		List<AdoptedException> result = new ArrayList<>(2);
		for (AdoptedException e : exceptions) {
			if (e.state().equals(state) && !date.isBefore(e.validFrom())) {
				result.add(e);
			}
		}
		return result;
	}

	public List<AdoptedException> exceptions() {
		return List.copyOf(exceptions);
	}

	public List<Paragraph> paragraphs() {
		return data.paragraphs();
	}

	public List<Revision> revisions() {
		return data.revisions();
	}

	/** Adds an exception adopted by consensus; an identical one (same state, date and terms) is kept once. */
	void add(AdoptedException exception) {
		boolean known = exceptions.stream().anyMatch(e -> e.state().equals(exception.state())
				&& e.validFrom().equals(exception.validFrom()) && e.lists().equals(exception.lists())
				&& e.activity() == exception.activity() && e.waives().equals(exception.waives())
				&& e.excludes().equals(exception.excludes()));
		if (!known) {
			exceptions.add(exception);
		}
	}

	private Rulebook build(LocalDate date) {
		Map<String, Paragraph> paragraphs = new HashMap<>();
		Map<String, String> refs = new HashMap<>();
		for (Paragraph p : data.paragraphs()) {
			if (p.inForceOn(date)) {
				paragraphs.put(p.id(), p);
				refs.put(p.id(), revision(p.part(), date).document() + " " + p.paragraph());
			}
		}
		Map<String, ControlListEntry> entries = new HashMap<>();
		for (ControlListEntry e : data.entries()) {
			if (e.inForceOn(date)) {
				entries.put(e.list().name() + ":" + e.entry(), e);
			}
		}
		return new Rulebook(date, paragraphs, refs, entries);
	}

	/** The revision of a Part in force on a date (the original INFCIRC/254 before any Part 2 existed). */
	Revision revision(int part, LocalDate date) {
		Revision found = null;
		for (Revision r : data.revisions()) {
			if (r.part() == part && !r.validFrom().isAfter(date)) {
				found = r;
			}
		}
		return found != null ? found : data.revisions().get(0);
	}
}
