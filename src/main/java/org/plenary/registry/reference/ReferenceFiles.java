package org.plenary.registry.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.plenary.registry.SourceLink;
import org.plenary.shared.CsvReader;

/**
 * The files of the shipped dataset on the classpath under {@code reference/}: the dataset's version,
 * its sources, and row-by-row reading of its CSV files with the file and line of any bad row.
 */
final class ReferenceFiles {

	private static final String ROOT = "reference/";

	private ReferenceFiles() {
	}

	/** The dataset's version, from {@code dataset.properties}: a higher one replaces what is stored. */
	static int version() {
		Properties dataset = new Properties();
		try (InputStream in = open("dataset.properties")) {
			dataset.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Integer.parseInt(dataset.getProperty("version").strip());
	}

	/** The cited sources that have a published address, by key ({@code sources.csv}). */
	static Map<String, SourceLink> sources() {
		Map<String, SourceLink> result = new LinkedHashMap<>();
		read("sources.csv", row -> result.put(row.get(0), new SourceLink(row.get(0), row.get(1), row.get(2), !"SECONDARY".equals(row.get(3)))));
		return result;
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Reads a CSV file of the dataset, skipping its header; a bad row fails with file and line. */
	static void read(String file, Consumer<CsvReader.Row> sink) {
		try (InputStreamReader reader = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
			CsvReader csv = new CsvReader(reader);
			csv.next();
			csv.forEach(row -> {
				try {
					sink.accept(row);
				}
				catch (RuntimeException ex) {
					throw new IllegalStateException(ROOT + file + " line " + row.line() + ": " + ex.getMessage(), ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream open(String file) {
		InputStream in = ReferenceFiles.class.getClassLoader().getResourceAsStream(ROOT + file);
		if (in == null) {
			throw new IllegalStateException("reference data file missing from the classpath: " + ROOT + file);
		}
		return in;
	}
}
