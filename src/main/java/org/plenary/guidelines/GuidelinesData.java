package org.plenary.guidelines;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.plenary.shared.Citation;
import org.plenary.shared.Citations;
import org.plenary.shared.ControlList;
import org.plenary.shared.CsvReader;
import org.plenary.shared.EndUseActivity;

/**
 * The Guidelines data shipped in {@code reference/guidelines/}: control lists, revisions, the
 * deciding paragraphs and the exceptions in force from the start. A malformed row fails the load
 * with its file and line.
 */
record GuidelinesData(List<ControlListEntry> entries, List<Revision> revisions, List<Paragraph> paragraphs,
		List<AdoptedException> exceptions) {

	static GuidelinesData load() {
		return new GuidelinesData(readControlLists(), readRevisions(), readParagraphs(), readExceptions());
	}

	/** {@code control-lists.csv}: the entries of the Trigger List and the Dual-Use Annex, each with its dates. */
	private static List<ControlListEntry> readControlLists() {
		List<ControlListEntry> entries = new ArrayList<>();
		read("control-lists.csv", r -> entries.add(new ControlListEntry(ControlList.valueOf(r.get(0)), r.get(1), r.get(2),
				blank(r.get(3)), Boolean.parseBoolean(r.get(4)), r.get(5), !r.get(6).isBlank(),
				r.get(6).isBlank() ? null : Sensitivity.valueOf(r.get(6)), date(r.get(7)), r.get(8).isBlank() ? null : date(r.get(8)),
				r.get(9), shown(r.get(10)), Boolean.parseBoolean(r.get(11)), note(r.get(12), r.get(11)), cited(r.get(10)))));
		return List.copyOf(entries);
	}

	/**
	 * {@code revisions.csv}: the Guidelines' revisions, in the order they took effect. A row whose day is
	 * not known exactly has {@code earliest} and {@code latest}, and its {@code from} lies between them.
	 */
	private static List<Revision> readRevisions() {
		List<Revision> revisions = new ArrayList<>();
		read("revisions.csv", r -> revisions.add(revision(r)));
		revisions.sort(java.util.Comparator.comparing(Revision::validFrom));
		return List.copyOf(revisions);
	}

	private static Revision revision(CsvReader.Row r) {
		LocalDate from = date(r.get(3));
		LocalDate earliest = optionalDate(r.get(4));
		LocalDate latest = optionalDate(r.get(5));
		if ((earliest == null) != (latest == null)) {
			throw new IllegalArgumentException("earliest and latest go together");
		}
		if (earliest != null && (from.isBefore(earliest) || from.isAfter(latest))) {
			throw new IllegalArgumentException("from " + from + " is outside " + earliest + ".." + latest);
		}
		return new Revision(r.get(0), Integer.parseInt(r.get(1)), r.get(2), from, earliest, latest, blank(r.get(6)),
				shown(r.get(7)), Boolean.parseBoolean(r.get(8)), note(r.get(9), r.get(8)), cited(r.get(7)));
	}

	private static LocalDate optionalDate(String text) {
		return text == null || text.isBlank() ? null : date(text);
	}

	/** {@code paragraphs.csv}: the paragraphs that decide a transfer, with the dates they took effect. */
	private static List<Paragraph> readParagraphs() {
		List<Paragraph> paragraphs = new ArrayList<>();
		read("paragraphs.csv", r -> paragraphs.add(new Paragraph(r.get(0), Integer.parseInt(r.get(1)), r.get(2), r.get(3),
				date(r.get(4)), r.get(5).isBlank() ? null : date(r.get(5)), shown(r.get(6)), Boolean.parseBoolean(r.get(7)),
				Citations.plain(r.get(8)), cited(r.get(6)))));
		return List.copyOf(paragraphs);
	}

	/** {@code exceptions.csv}: the exceptions in force from the start, such as the 2008 statement on India. */
	private static List<AdoptedException> readExceptions() {
		List<AdoptedException> exceptions = new ArrayList<>();
		read("exceptions.csv", r -> exceptions.add(new AdoptedException(r.get(0), r.get(1), r.get(2),
				words(r.get(3)).stream().map(ControlList::valueOf).collect(Collectors.toUnmodifiableSet()),
				EndUseActivity.valueOf(r.get(4)), words(r.get(5)), words(r.get(6)), date(r.get(7)), shown(r.get(8)),
				Boolean.parseBoolean(r.get(9)), "REFERENCE", cited(r.get(8)))));
		return List.copyOf(exceptions);
	}

	static Set<String> words(String text) {
		return text == null || text.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(text.trim().split("[\\s,]+")));
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text.strip());
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/** A row's source as a reader sees it: the titles it cites, never keys or authoring notes. */
	private static String shown(String source) {
		return Citations.shipped().describe(source);
	}

	private static List<Citation> cited(String source) {
		return Citations.shipped().cite(source);
	}

	private static String note(String note, String verified) {
		return Citations.readerNote(note, Boolean.parseBoolean(verified));
	}

	static void read(String file, Consumer<CsvReader.Row> sink) {
		String path = "reference/guidelines/" + file;
		try (InputStream in = GuidelinesData.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing " + path);
			}
			CsvReader csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			csv.next();
			csv.forEach(row -> {
				try {
					sink.accept(row);
				}
				catch (RuntimeException ex) {
					throw new IllegalStateException(path + " line " + row.line() + ": " + ex.getMessage(), ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
