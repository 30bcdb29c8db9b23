package org.plenary.guidelines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.plenary.shared.ControlList;
import org.plenary.shared.Dates;

/**
 * The guidelines module's public API: the rulebook of any date, the control lists of any date, and
 * the exceptions in force for a state on a date. Exceptions adopted by consensus are added while the
 * service runs ({@link ExceptionRegister}), and so are amendments, each the next revision of its Part
 * ({@link AmendmentRegister}); nothing needs a restart.
 */
public class Guidelines {

	private static final int CACHED_DATES = 20_000;
	private static final long FIRST_DAY = Dates.EARLIEST.toEpochDay();
	private static final int DAYS = (int) (Dates.LATEST.toEpochDay() - FIRST_DAY + 1);

	private volatile GuidelinesData data;
	private volatile ControlLists lists;
	private final List<AdoptedAmendment> amendments = new CopyOnWriteArrayList<>();
	private final List<AdoptedException> exceptions = new CopyOnWriteArrayList<>();
	private volatile Epochs epochs;
	private volatile Map<LocalDate, Rulebook> rulebooks = new ConcurrentHashMap<>();
	/** The rulebooks of the days a transfer may name ({@link Dates#EARLIEST} on), by day: no hashing, no allocation. */
	private volatile AtomicReferenceArray<Rulebook> byDay = new AtomicReferenceArray<>(DAYS);
	/** The notes on citations, shared by every day whose notes read the same (most days of a period). */
	private volatile Map<NotesKey, Map<String, String>> sharedNotes = new ConcurrentHashMap<>();

	Guidelines(GuidelinesData data) {
		this.data = data;
		this.epochs = new Epochs(data);
		this.lists = ControlLists.load(data.entries());
		this.exceptions.addAll(data.exceptions());
	}

	/** The Guidelines from the shipped data alone (for tests and batch tools). */
	public static Guidelines fromReferenceData() {
		return new Guidelines(GuidelinesData.load());
	}

	/**
	 * The Guidelines from the shipped data with {@code amendments} applied in the order given (each the
	 * next revision of its Part) and {@code exceptions} added: for a reader that learns of them from
	 * elsewhere than the database (the stream application, from the externalized topics).
	 */
	public static Guidelines withAdopted(List<AdoptedAmendment> amendments, List<AdoptedException> exceptions) {
		Guidelines guidelines = fromReferenceData();
		amendments.forEach(guidelines::apply);
		exceptions.forEach(guidelines::add);
		return guidelines;
	}

	/** The Guidelines as they stood on {@code date}. */
	public Rulebook rulebook(LocalDate date) {
		long day = date.toEpochDay() - FIRST_DAY;
		if (day >= 0 && day < DAYS) {
			AtomicReferenceArray<Rulebook> books = byDay;
			Rulebook book = books.get((int) day);
			if (book == null) {
				book = build(date);
				books.set((int) day, book);
			}
			return book;
		}
		Map<LocalDate, Rulebook> cache = rulebooks;
		Rulebook book = cache.get(date);
		if (book == null) {
			if (cache.size() > CACHED_DATES) {
				cache.clear();
			}
			book = cache.computeIfAbsent(date, this::build);
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

	/** Whether the entry stands in the list on any date, before or after the one asked about. */
	public boolean everListed(ControlList list, String entry) {
		String current = lists.current(list, entry);
		return data.entries().stream()
				.anyMatch(e -> e.list() == list && !e.group() && (e.entry().equals(entry) || e.entry().equals(current)));
	}

	/** Every version of one entry, oldest first: its titles and the revisions in which it stood. */
	public List<ControlListEntry> history(ControlList list, String entry) {
		return data.entries().stream().filter(e -> e.list() == list && e.entry().equals(entry))
				.sorted(java.util.Comparator.comparing(ControlListEntry::validFrom)).toList();
	}

	/**
	 * The entries in force on a date whose number starts with {@code query}, or whose title holds every
	 * word of it (any case), optionally of one list.
	 */
	public List<ControlListEntry> search(ControlList list, LocalDate date, String query) {
		String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
		List<String> words = List.of(q.split("\\s+"));
		return entries(list, date).stream().filter(e -> q.isEmpty() || e.entry().toLowerCase(java.util.Locale.ROOT).startsWith(q)
				|| words.stream().allMatch(w -> e.title().toLowerCase(java.util.Locale.ROOT).contains(w))).toList();
	}

	/** The revision of a Part with this label ({@code Rev.11}) or document ({@code INFCIRC/254/Rev.11/Part 2}). */
	public java.util.Optional<Revision> revision(int part, String name) {
		return data.revisions().stream().filter(r -> r.part() == part && (r.revision().equals(name) || r.document().equals(name)))
				.findFirst();
	}

	/** What differs between two revisions of the same Part. */
	public RevisionDiff diff(Revision from, Revision to) {
		return RevisionDiff.between(this, from, to);
	}

	/** The amendments adopted by consensus and applied, in the order they were adopted. */
	public List<AdoptedAmendment> amendments() {
		return List.copyOf(amendments);
	}

	/**
	 * Applies an adopted amendment as the next revision of its Part, from its effective date; the
	 * rulebooks of every date are rebuilt, so assessments dated after it cite it and those dated
	 * before read as they did. One already applied (same proposal) is kept once.
	 */
	synchronized Revision apply(AdoptedAmendment amendment) {
		if (amendments.stream().anyMatch(a -> a.proposalId() == amendment.proposalId())) {
			return data.revisions().stream().filter(r -> r.source().equals(amendment.reference())).findFirst().orElseThrow();
		}
		GuidelinesData amended = Amending.apply(data, amendment);
		lists = new ControlLists(amended.entries(), lists.renumberings());
		data = amended;
		epochs = new Epochs(amended);
		amendments.add(amendment);
		rulebooks = new ConcurrentHashMap<>();
		byDay = new AtomicReferenceArray<>(DAYS);
		sharedNotes = new ConcurrentHashMap<>();
		return amended.revisions().stream().filter(r -> r.source().equals(amendment.reference())).findFirst().orElseThrow();
	}

	/** Adds an exception adopted by consensus; an identical one (same state, date and terms) is kept once. */
	synchronized void add(AdoptedException exception) {
		boolean known = exceptions.stream().anyMatch(e -> e.state().equals(exception.state())
				&& e.validFrom().equals(exception.validFrom()) && e.lists().equals(exception.lists())
				&& e.activity() == exception.activity() && e.waives().equals(exception.waives())
				&& e.excludes().equals(exception.excludes()));
		if (!known) {
			exceptions.add(exception);
		}
	}

	private Rulebook build(LocalDate date) {
		Epochs.Texts texts = epochs.of(date, this::texts);
		Map<String, String> notes = new HashMap<>();
		String[] byPart = { null, RevisionNotes.note(ofPart(1), date), RevisionNotes.note(ofPart(2), date) };
		texts.refs().forEach((id, ref) -> {
			String note = byPart[texts.paragraphs().get(id).part()];
			if (note != null) {
				notes.put(ref, note);
			}
		});
		return new Rulebook(date, texts, notes.isEmpty() ? Map.of()
				: sharedNotes.computeIfAbsent(new NotesKey(texts, byPart[1], byPart[2]), k -> Map.copyOf(notes)));
	}

	/** The paragraphs, citations and entries of a day, shared by every day until the next change. */
	private Epochs.Texts texts(LocalDate date) {
		GuidelinesData data = this.data;
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
		return new Epochs.Texts(paragraphs, refs, entries, Map.of(1, revision(1, date).document(), 2, revision(2, date).document()));
	}

	/** The revision of a Part in force on a date (the original INFCIRC/254 before any Part 2 existed). */
	public Revision revision(int part, LocalDate date) {
		GuidelinesData data = this.data;
		Revision found = null;
		for (Revision r : data.revisions()) {
			if (r.part() == part && !r.validFrom().isAfter(date)) {
				found = r;
			}
		}
		return found != null ? found : data.revisions().get(0);
	}

	/** What a reader should know about the revision of a Part cited on a date, or null when nothing is in doubt. */
	String revisionNote(int part, LocalDate date) {
		return RevisionNotes.note(ofPart(part), date);
	}

	private List<Revision> ofPart(int part) {
		return data.revisions().stream().filter(r -> r.part() == part).toList();
	}
}
