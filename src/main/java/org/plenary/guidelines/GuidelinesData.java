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
				r.get(3), !r.get(4).isBlank(), r.get(4).isBlank() ? null : Sensitivity.valueOf(r.get(4)), date(r.get(5)),
				r.get(6).isBlank() ? null : date(r.get(6)), r.get(7), shown(r.get(8)), Boolean.parseBoolean(r.get(9)),
				note(r.get(10), r.get(9)), cited(r.get(8)))));
		return List.copyOf(entries);
	}

	/** {@code revisions.csv}: the Guidelines' revisions, in the order they took effect. */
	private static List<Revision> readRevisions() {
		List<Revision> revisions = new ArrayList<>();
		read("revisions.csv", r -> revisions.add(new Revision(r.get(0), Integer.parseInt(r.get(1)), r.get(2), date(r.get(3)),
				shown(r.get(4)), Boolean.parseBoolean(r.get(5)), note(r.get(6), r.get(5)), cited(r.get(4)))));
		revisions.sort(java.util.Comparator.comparing(Revision::validFrom));
		return List.copyOf(revisions);
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

	private static void read(String file, Consumer<CsvReader.Row> sink) {
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
