package org.plenary.screening.lists;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * One published list Plenary reads: its id, its files (the main one first), the official address it
 * is published at, and how its parties and publication date are read from its files.
 */
public record ListDefinition(String id, String title, List<String> files, String officialAddress) {

	/** OFAC SDN, BIS DPL and the UN consolidated list, with their official download addresses. */
	public static final List<ListDefinition> ALL = List.of(
			new ListDefinition("OFAC-SDN", "OFAC Specially Designated Nationals", List.of("sdn.csv", "alt.csv", "add.csv"),
					"https://www.treasury.gov/ofac/downloads/sdn.csv"),
			new ListDefinition("BIS-DPL", "BIS Denied Persons List", List.of("dpl.txt"), "https://www.bis.doc.gov/dpl/dpl.txt"),
			new ListDefinition("UN", "UN Security Council Consolidated List", List.of("UN_consolidated.xml"),
					"https://scsanctions.un.org/resources/xml/en/consolidated.xml"));

	public static ListDefinition of(String id) {
		return ALL.stream().filter(d -> d.id().equals(id)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no screening list " + id));
	}

	/**
	 * A list as read: its parties, when it was published and how that is known ({@code file}: a date the
	 * file carries; {@code http-last-modified}; {@code download}: when it was downloaded;
	 * {@code file-modified}: a folder file's time; {@code unknown}), and the SHA-256 of its files.
	 */
	public record Parsed(List<ListedParty> parties, Instant publishedAt, String publishedFrom, String sha256) {
	}

	/** Reads the fetched files; throws {@link IOException} or a runtime exception naming what is wrong. */
	public Parsed parse(ListSource source, ListSource.Fetched fetched) throws IOException {
		Map<String, byte[]> files = fetched.files();
		PublishedLists.Source in = file -> {
			byte[] bytes = files.get(file);
			if (bytes == null) {
				throw new FileNotFoundException(file);
			}
			return new ByteArrayInputStream(bytes);
		};
		List<ListedParty> parties = switch (id) {
			case "OFAC-SDN" -> PublishedLists.ofacSdn(in);
			case "BIS-DPL" -> PublishedLists.bisDpl(in);
			case "UN" -> PublishedLists.unConsolidated(in);
			default -> throw new IllegalStateException(id);
		};
		if (parties.isEmpty()) {
			throw new IOException(files().get(0) + " holds no party");
		}
		Instant published = switch (id) {
			case "UN" -> PublishedLists.unGenerated(files.get(files().get(0)));
			case "BIS-DPL" -> PublishedLists.dplLastUpdate(in);
			default -> null;
		};
		return published(parties, published, source, fetched);
	}

	/**
	 * The list as read before from the same files (a saved index): its parties and the publication
	 * date the files carry (or null), dated the way {@link #parse} dates it, without parsing again.
	 */
	public Parsed restore(List<ListedParty> parties, Instant publishedInFile, ListSource source, ListSource.Fetched fetched) {
		return published(parties, publishedInFile, source, fetched);
	}

	/** The publication date the files themselves carry, or null: what a saved index keeps of the date. */
	public static Instant publishedInFile(Parsed parsed) {
		return "file".equals(parsed.publishedFrom()) ? parsed.publishedAt() : null;
	}

	/** The date the file carries, else the server's Last-Modified, the download time or the folder file's time. */
	private Parsed published(List<ListedParty> parties, Instant published, ListSource source, ListSource.Fetched fetched) {
		String from = "file";
		if (published == null && source instanceof ListSource.Http http) {
			published = http.lastModified(files().get(0));
			from = "http-last-modified";
			if (published == null) {
				published = fetched.retrievedAt();
				from = "download";
			}
		}
		else if (published == null && source instanceof ListSource.Folder folder) {
			published = folder.modified(files().get(0));
			from = published == null ? "unknown" : "file-modified";
		}
		else if (published == null) {
			from = "unknown";
		}
		return new Parsed(parties, published, from, sha256(fetched.files()));
	}

	public static String sha256(Map<String, byte[]> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			files.forEach((name, bytes) -> {
				digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(bytes);
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
