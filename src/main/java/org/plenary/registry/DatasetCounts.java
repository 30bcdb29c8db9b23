package org.plenary.registry;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.plenary.registry.reference.ReferenceRows;
import org.plenary.registry.reference.ReferenceRows.FactRow;
import org.plenary.shared.Citation;
import org.plenary.shared.Citations;

/**
 * How many facts the reference data holds, per file and in total: verified against a primary
 * source, verified against secondary sources only, verified while citing no source of
 * {@code sources.csv}, and unverified. A fact is a row (CSV) or object (JSON) with a source and a
 * verified flag. {@code plenary data counts} prints the table; docs/data.md shows it.
 */
public record DatasetCounts(Map<String, Count> files) {

	/** The counts of one file, or of all. */
	public record Count(int total, int primary, int secondaryOnly, int unlisted, int unverified) {

		Count plus(Count o) {
			return new Count(total + o.total, primary + o.primary, secondaryOnly + o.secondaryOnly, unlisted + o.unlisted,
					unverified + o.unverified);
		}
	}

	/** Counts the files given by name (relative to {@code reference/}) and content. */
	public static DatasetCounts of(Map<String, String> files) {
		Citations sources = Citations.fromCsv(new StringReader(files.getOrDefault("sources.csv", "key,title,url,kind\n")));
		Map<String, Count> counts = new LinkedHashMap<>();
		ReferenceRows.read(files).forEach((file, rows) -> {
			Count c = count(rows, sources);
			if (c.total() > 0) {
				counts.put(file, c);
			}
		});
		return new DatasetCounts(counts);
	}

	/** Counts the files under a directory, such as {@code src/main/resources/reference}. */
	public static DatasetCounts ofDirectory(Path root) {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.filter(Files::isRegularFile).toList()) {
				String name = root.relativize(p).toString().replace('\\', '/');
				if (name.endsWith(".csv") || name.endsWith(".json")) {
					files.put(name, Files.readString(p, StandardCharsets.UTF_8));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return of(files);
	}

	public Count total() {
		return files.values().stream().reduce(new Count(0, 0, 0, 0, 0), Count::plus);
	}

	/** The totals as one line of docs/data.md. */
	public String totalsLine() {
		Count t = total();
		return "**Total: " + t.total() + " facts; " + t.primary() + " verified against a primary source, " + t.secondaryOnly()
				+ " verified against secondary sources only, " + t.unlisted() + " marked verified without a source listed in "
				+ "sources.csv, " + t.unverified() + " unverified.**";
	}

	/** The table of docs/data.md, then the totals line. */
	public String markdown() {
		List<String> lines = new ArrayList<>();
		lines.add("| File | Facts | Verified, primary | Verified, secondary only | Verified, no listed source | Unverified |");
		lines.add("|---|---:|---:|---:|---:|---:|");
		files.forEach((file, c) -> lines.add("| `" + file + "` | " + c.total() + " | " + c.primary() + " | "
				+ c.secondaryOnly() + " | " + c.unlisted() + " | " + c.unverified() + " |"));
		lines.add("");
		lines.add(totalsLine());
		return String.join("\n", lines) + "\n";
	}

	private static Count count(List<FactRow> rows, Citations sources) {
		Count c = new Count(0, 0, 0, 0, 0);
		for (FactRow row : rows) {
			if (row.verified() == null) {
				continue;
			}
			List<Citation> cited = sources.cite(row.source()).stream()
					.filter(s -> s.url() != null).toList();
			boolean primary = cited.stream().anyMatch(s -> !s.secondary());
			c = c.plus(!row.verified() ? new Count(1, 0, 0, 0, 1)
					: primary ? new Count(1, 1, 0, 0, 0) : cited.isEmpty() ? new Count(1, 0, 0, 1, 0) : new Count(1, 0, 1, 0, 0));
		}
		return c;
	}
}
