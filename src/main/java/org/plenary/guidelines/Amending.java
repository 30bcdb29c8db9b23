package org.plenary.guidelines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.plenary.consensus.GuidelinesAmendment;
import org.plenary.consensus.GuidelinesAmendment.Entry;
import org.plenary.shared.Citation;
import org.plenary.shared.ControlList;

/**
 * Turns an adopted amendment into the next revision of its Part: the revision itself, the entries
 * it adds, changes and removes, and the paragraphs it replaces or adds, all from its effective
 * date. What stood before that date is closed on it, never rewritten, so an assessment dated
 * earlier reads exactly as it did.
 */
final class Amending {

	private static final Pattern REVISION_NUMBER = Pattern.compile("Rev\\.(\\d+)");

	private Amending() {
	}

	static GuidelinesData apply(GuidelinesData data, AdoptedAmendment a) {
		Revision revision = nextRevision(data.revisions(), a);
		List<Revision> revisions = new ArrayList<>(data.revisions());
		revisions.add(revision);
		revisions.sort(Comparator.comparing(Revision::validFrom));
		return new GuidelinesData(entries(data.entries(), a, revision), List.copyOf(revisions),
				paragraphs(data.paragraphs(), a), data.exceptions());
	}

	/** The next revision number of the Part, named as the IAEA names the published texts. */
	static Revision nextRevision(List<Revision> revisions, AdoptedAmendment a) {
		int last = revisions.stream().filter(r -> r.part() == a.part()).mapToInt(Amending::number).max().orElse(0);
		String label = "Rev." + (last + 1);
		String document = "INFCIRC/254/" + label + "/Part " + a.part();
		return new Revision(document, a.part(), label, a.effective(), a.reference(), true, "Adopted by consensus: "
				+ a.title() + " (" + a.reference() + "). The published INFCIRC text follows once the Participating "
				+ "Governments communicate it to the IAEA.", decision(a));
	}

	/** The decision recorded here, cited without a published address. */
	private static List<Citation> decision(AdoptedAmendment a) {
		return List.of(new Citation(a.reference(), null, false));
	}

	private static int number(Revision r) {
		Matcher m = REVISION_NUMBER.matcher(r.revision() + " " + r.document());
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}

	private static List<ControlListEntry> entries(List<ControlListEntry> before, AdoptedAmendment a, Revision revision) {
		GuidelinesAmendment.EntryChanges changes = a.amendment().entries();
		if (changes == null || changes.isEmpty()) {
			return before;
		}
		ControlList list = a.part() == 1 ? ControlList.TRIGGER : ControlList.DUAL_USE;
		LocalDate from = a.effective();
		List<Entry> added = new ArrayList<>(nonNull(changes.add()));
		added.addAll(nonNull(changes.change()));
		Set<String> closed = added.stream().map(Entry::entry).collect(Collectors.toSet());
		closed.addAll(nonNull(changes.remove()));
		List<ControlListEntry> after = new ArrayList<>(before.size() + added.size());
		for (ControlListEntry e : before) {
			boolean ends = e.list() == list && closed.contains(e.entry()) && e.inForceOn(from);
			after.add(ends ? closedOn(e, from) : e);
		}
		for (Entry e : added) {
			after.add(opened(before, list, e, from, revision));
		}
		return List.copyOf(after);
	}

	private static ControlListEntry closedOn(ControlListEntry e, LocalDate day) {
		return new ControlListEntry(e.list(), e.entry(), e.title(), e.parent(), e.group(), e.category(), e.sensitive(),
				e.sensitivity(), e.validFrom(), day, e.revision(), e.source(), e.verified(), e.note(), e.citations());
	}

	/** A new or changed entry keeps the sensitivity of the entry it replaces, or of its nearest listed relative. */
	private static ControlListEntry opened(List<ControlListEntry> before, ControlList list, Entry e, LocalDate from,
			Revision revision) {
		Sensitivity sensitivity = relative(before, list, e, from);
		String category = e.entry().contains(".") ? e.entry().substring(0, e.entry().indexOf('.')) : e.entry();
		return new ControlListEntry(list, e.entry(), e.title(), parent(e), false, category, sensitivity != null, sensitivity,
				from, null, revision.document(), revision.source(), true, null, revision.citations());
	}

	private static Sensitivity relative(List<ControlListEntry> before, ControlList list, Entry e, LocalDate from) {
		String parent = parent(e);
		return before.stream().filter(x -> x.list() == list && x.inForceOn(from))
				.filter(x -> x.entry().equals(e.entry()) || parent != null && (x.entry().equals(parent) || x.entry().startsWith(parent + ".")))
				.sorted(Comparator.comparing((ControlListEntry x) -> !x.entry().equals(e.entry())))
				.findFirst().map(ControlListEntry::sensitivity).orElse(null);
	}

	/** The group an entry belongs to: as the amendment names it, else its number less the last part. */
	private static String parent(Entry e) {
		return e.parent() != null ? e.parent() : e.entry().contains(".") ? e.entry().substring(0, e.entry().lastIndexOf('.')) : null;
	}

	private static List<Paragraph> paragraphs(List<Paragraph> before, AdoptedAmendment a) {
		List<GuidelinesAmendment.ParagraphChange> changes = nonNull(a.amendment().paragraphs());
		if (changes.isEmpty()) {
			return before;
		}
		List<Paragraph> after = new ArrayList<>(before);
		for (GuidelinesAmendment.ParagraphChange change : changes) {
			replace(after, a, change);
		}
		return List.copyOf(after);
	}

	/** Closes the paragraph of that number in force on the date, and opens its new text; a new number is added. */
	private static void replace(List<Paragraph> paragraphs, AdoptedAmendment a, GuidelinesAmendment.ParagraphChange change) {
		LocalDate from = a.effective();
		String label = "para " + change.id();
		List<Paragraph> replaced = paragraphs.stream()
				.filter(p -> p.part() == a.part() && p.paragraph().equals(label) && p.inForceOn(from)).toList();
		for (Paragraph p : replaced) {
			paragraphs.set(paragraphs.indexOf(p), new Paragraph(p.id(), p.part(), p.paragraph(), p.heading(), p.validFrom(),
					from, p.source(), p.verified(), p.text(), p.citations()));
			paragraphs.add(new Paragraph(p.id(), p.part(), label, p.heading(), from, null, a.reference(), true, change.text(),
					decision(a)));
		}
		if (replaced.isEmpty()) {
			paragraphs.add(new Paragraph("P" + a.part() + "_AMENDMENT_" + a.proposalId() + "_" + change.id(), a.part(), label,
					"Paragraph " + change.id() + ", added by amendment", from, null, a.reference(), true, change.text(), decision(a)));
		}
	}

	private static <T> List<T> nonNull(List<T> list) {
		return list == null ? List.of() : list;
	}
}
