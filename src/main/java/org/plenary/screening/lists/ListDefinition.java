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
 * is published at, whether a snapshot of it is shipped in the jar, and how its parties and publication
 * date are read from its files.
 */
public record ListDefinition(String id, String title, List<String> files, String officialAddress, boolean shipped) {

	/**
	 * OFAC SDN, BIS DPL and the UN consolidated list (snapshots shipped in the jar), and the US Consolidated
	 * Screening List, the EU's consolidated financial sanctions list and the UK Sanctions List (none shipped:
	 * read only once a source is set), with their official download addresses.
	 */
	public static final List<ListDefinition> ALL = List.of(
			new ListDefinition("OFAC-SDN", "OFAC Specially Designated Nationals", List.of("sdn.csv", "alt.csv", "add.csv"),
					"https://www.treasury.gov/ofac/downloads/sdn.csv", true),
			new ListDefinition("BIS-DPL", "BIS Denied Persons List", List.of("dpl.txt"), "https://www.bis.doc.gov/dpl/dpl.txt", true),
			new ListDefinition("UN", "UN Security Council Consolidated List", List.of("UN_consolidated.xml"),
					"https://scsanctions.un.org/resources/xml/en/consolidated.xml", true),
			new ListDefinition("US-CSL", "US Consolidated Screening List (trade.gov)", List.of(ConsolidatedScreeningList.FILE),
					"https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv", false),
			new ListDefinition("EU-FSF", "EU Consolidated Financial Sanctions List", List.of(EuFinancialSanctions.FILE),
					"https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw", false),
			new ListDefinition("UK", "UK Sanctions List (FCDO)", List.of(UkSanctionsList.FILE),
					"https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.csv", false));

	public static ListDefinition of(String id) {
		return ALL.stream().filter(d -> d.id().equals(id)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no screening list " + id));
	}

	/** Where the list is read from when its own setting is unset: the shared folder if set, else the jar if shipped there, else nowhere. */
	public ListSource defaultSource(String folder) {
		if (folder != null && !folder.isBlank()) {
			return ListSource.of(folder);
		}
		return shipped ? ListSource.of("classpath") : ListSource.notConfigured(this);
	}

	/**
	 * A list as read: its parties, when it was published and how that is known ({@code file}: a date the
	 * file carries; {@code http-last-modified}; {@code download}: when it was downloaded;
	 * {@code file-modified}: a folder file's time; {@code unknown}), and the SHA-256 of its files.
	 */
	public record Parsed(List<ListedParty> parties, Instant publishedAt, String publishedFrom, String sha256, List<String> rejected) {

		public Parsed {
			rejected = List.copyOf(rejected);
		}

		/** A read in which every row was read. */
		public Parsed(List<ListedParty> parties, Instant publishedAt, String publishedFrom, String sha256) {
			this(parties, publishedAt, publishedFrom, sha256, List.of());
		}
	}

	/**
	 * Reads the fetched files; throws {@link IOException} or a runtime exception naming what is wrong. The
	 * lists without a shipped snapshot report a bad row in {@link Parsed#rejected()} and read the others.
	 */
	public Parsed parse(ListSource source, ListSource.Fetched fetched) throws IOException {
		Map<String, byte[]> files = fetched.files();
		PublishedLists.Source in = file -> {
			byte[] bytes = files.get(file);
			if (bytes == null) {
				throw new FileNotFoundException(file);
			}
			return new ByteArrayInputStream(bytes);
		};
		ListRead read = switch (id) {
			case "OFAC-SDN" -> new ListRead(PublishedLists.ofacSdn(in), null, List.of());
			case "BIS-DPL" -> new ListRead(PublishedLists.bisDpl(in), PublishedLists.dplLastUpdate(in), List.of());
			case "UN" -> new ListRead(PublishedLists.unConsolidated(in), PublishedLists.unGenerated(main(files)), List.of());
			case "US-CSL" -> ConsolidatedScreeningList.read(main(files));
			case "EU-FSF" -> EuFinancialSanctions.read(in.open(files().get(0)));
			case "UK" -> UkSanctionsList.read(main(files));
			default -> throw new IllegalStateException(id);
		};
		if (read.parties().isEmpty()) {
			throw new IOException(files().get(0) + " holds no party"
					+ (read.rejected().isEmpty() ? "" : "; " + read.rejected().size() + " rows not read, the first " + read.rejected().get(0)));
		}
		Parsed parsed = published(read.parties(), read.publishedAt(), source, fetched);
		return new Parsed(parsed.parties(), parsed.publishedAt(), parsed.publishedFrom(), parsed.sha256(), read.rejected());
	}

	private byte[] main(Map<String, byte[]> files) throws FileNotFoundException {
		byte[] bytes = files.get(files().get(0));
		if (bytes == null) {
			throw new FileNotFoundException(files().get(0));
		}
		return bytes;
	}

	/**
	 * The list as read before from the same files (a saved index): its parties and the publication
	 * date the files carry (or null) and the rows it could not read, dated the way {@link #parse} dates
	 * it, without parsing again.
	 */
	public Parsed restore(List<ListedParty> parties, Instant publishedInFile, List<String> rejected, ListSource source,
			ListSource.Fetched fetched) {
		Parsed parsed = published(parties, publishedInFile, source, fetched);
		return new Parsed(parsed.parties(), parsed.publishedAt(), parsed.publishedFrom(), parsed.sha256(), rejected);
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
