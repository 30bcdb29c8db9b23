package org.plenary.screening.lists;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the published lists from a folder (or, by default, the snapshots shipped on the classpath
 * under {@code screening/}). A missing or corrupt list is reported and skipped; the others still
 * serve.
 */
public final class ListLoader {

	/** What a load found: the parties, and per list either its count or why it was skipped. */
	public record Loaded(List<ListedParty> parties, Map<String, String> report) {
	}

	private ListLoader() {
	}

	public static Loaded load(String folder) {
		PublishedLists.Source source = folder == null || folder.isBlank() ? ListLoader::classpath
				: file -> Files.newInputStream(Path.of(folder).resolve(file));
		List<ListedParty> parties = new ArrayList<>();
		Map<String, String> report = new LinkedHashMap<>();
		add("OFAC-SDN", () -> PublishedLists.ofacSdn(source), parties, report);
		add("BIS-DPL", () -> PublishedLists.bisDpl(source), parties, report);
		add("UN", () -> PublishedLists.unConsolidated(source), parties, report);
		return new Loaded(List.copyOf(parties), report);
	}

	private interface Reader {
		List<ListedParty> read() throws IOException;
	}

	private static void add(String list, Reader reader, List<ListedParty> parties, Map<String, String> report) {
		try {
			List<ListedParty> read = reader.read();
			parties.addAll(read);
			report.put(list, "loaded " + read.size() + " parties");
		}
		catch (IOException | RuntimeException ex) {
			report.put(list, "skipped: " + (ex instanceof FileNotFoundException || ex instanceof java.nio.file.NoSuchFileException
					? "file missing (" + ex.getMessage() + ")" : ex.getMessage()));
		}
	}

	private static InputStream classpath(String file) throws IOException {
		InputStream in = ListLoader.class.getClassLoader().getResourceAsStream("screening/" + file);
		if (in == null) {
			throw new FileNotFoundException("screening/" + file);
		}
		return in;
	}
}
