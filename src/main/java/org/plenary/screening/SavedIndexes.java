package org.plenary.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.plenary.screening.lists.ListDefinition;
import org.plenary.screening.lists.ListReadings;
import org.plenary.screening.lists.SavedIndexCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each list's readings ({@link ListReadings}), kept for the version of the list that serves and
 * saved in a folder, one file per list named by the list, its files' SHA-256 and the format
 * ({@code OFAC-SDN-<sha256>.v1.idx}), so that a restart reads them in a fraction of a second instead
 * of parsing the list and reading its names through ICU4J again, and a refresh that changes one list
 * reads only that one. A file is used only when it is whole (CRC-32C), of this format, and written by
 * the same code ({@link #codeFingerprint()}: the list readers, the matcher and its tables); any other
 * is read as missing, and the list is parsed and read again and its file written anew. Without a
 * folder nothing is saved.
 */
final class SavedIndexes {

	private static final Logger log = LoggerFactory.getLogger(SavedIndexes.class);

	private final Path folder;
	private final String fingerprint;
	private final Map<String, SavedIndexCodec.Saved> current = new ConcurrentHashMap<>();
	private final Map<String, SavedIndexCodec.Saved> unsaved = new ConcurrentHashMap<>();

	SavedIndexes(Path folder, String fingerprint) {
		this.folder = folder;
		this.fingerprint = fingerprint;
	}

	/** Kept in memory only. */
	static SavedIndexes inMemory() {
		return new SavedIndexes(null, "");
	}

	/** The readings saved for these files of the list, or null when there are none that can be used. */
	SavedIndexCodec.Saved saved(ListDefinition list, String sha256) {
		SavedIndexCodec.Saved kept = current.get(list.id());
		if (kept != null && kept.sha256().equals(sha256)) {
			return kept;
		}
		if (folder == null) {
			return null;
		}
		Path file = file(list, sha256);
		if (!Files.exists(file)) {
			return null;
		}
		try {
			SavedIndexCodec.Saved saved = SavedIndexCodec.decode(Files.readAllBytes(file), sha256, fingerprint);
			if (saved == null) {
				log.warn("Screening list {}: the saved index {} is corrupt or was written by another version; it is built again",
						list.id(), file);
				return null;
			}
			current.put(list.id(), saved);
			return saved;
		}
		catch (IOException ex) {
			log.warn("Screening list {}: the saved index {} could not be read ({}); it is built again", list.id(), file, ex.toString());
			return null;
		}
	}

	/** The readings of a list as read: those kept for its files, else read now (and saved by {@link #saveNew()}). */
	ListReadings readings(ListDefinition list, ListDefinition.Parsed parsed) {
		SavedIndexCodec.Saved kept = current.get(list.id());
		if (kept != null && kept.sha256().equals(parsed.sha256())) {
			return kept.readings();
		}
		SavedIndexCodec.Saved read = new SavedIndexCodec.Saved(parsed.sha256(), ListDefinition.publishedInFile(parsed),
				parsed.rejected(), ListReadings.of(parsed.parties()));
		current.put(list.id(), read);
		unsaved.put(list.id(), read);
		return read.readings();
	}

	/** Writes the readings read since the last call (whole or not at all), and removes the list's older files. */
	void saveNew() {
		for (String id : List.copyOf(unsaved.keySet())) {
			SavedIndexCodec.Saved saved = unsaved.remove(id);
			if (folder != null && saved != null) {
				save(ListDefinition.of(id), saved);
			}
		}
	}

	private void save(ListDefinition list, SavedIndexCodec.Saved saved) {
		Path file = file(list, saved.sha256());
		try {
			createOwnerOnly(folder);
			Path part = Files.createTempFile(folder, list.id() + ".", ".part");
			Files.write(part, SavedIndexCodec.encode(saved, fingerprint));
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			try (var others = Files.list(folder)) {
				for (Path other : others.filter(p -> isOf(list, p) && !p.equals(file)).toList()) {
					Files.deleteIfExists(other);
				}
			}
			log.info("Screening list {}: index saved in {}", list.id(), file);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Screening list {}: the index could not be saved in {} ({}); the next start builds it again", list.id(), folder,
					ex.toString());
		}
	}

	/**
	 * The folder, owner-only ({@code rwx------}) where the file system has POSIX permissions, as the
	 * embedded database's folder it usually sits in; the files in it are temporary files moved into
	 * place, which Java creates {@code rw-------}.
	 */
	private static void createOwnerOnly(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			return;
		}
		if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			var ownerOnly = java.nio.file.attribute.PosixFilePermissions.fromString("rwx------");
			Files.createDirectories(folder, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(ownerOnly));
			Files.setPosixFilePermissions(folder, ownerOnly); // whatever the umask left
		}
		else {
			Files.createDirectories(folder);
		}
	}

	/** A saved index of the list, or one left half-written. */
	private static boolean isOf(ListDefinition list, Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(list.id() + "-") && name.endsWith(".idx") || name.startsWith(list.id() + ".") && name.endsWith(".part");
	}

	Path file(ListDefinition list, String sha256) {
		return folder.resolve(list.id() + "-" + sha256 + ".v" + SavedIndexCodec.FORMAT + ".idx");
	}

	String fingerprint() {
		return fingerprint;
	}

	/**
	 * What a saved index depends on besides the list's files: the format and {@link
	 * org.plenary.screening.lists.ListedParty}'s fields, the ICU4J version, and the bytes of every class
	 * of the list readers and the matcher and of the matcher's tables ({@code screening/*.txt}). Any
	 * change to them (a new build with another rule) makes every saved index stale.
	 */
	static String codeFingerprint() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((SavedIndexCodec.partyShape() + "|" + com.ibm.icu.util.VersionInfo.ICU_VERSION).getBytes());
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(SavedIndexes.class.getClassLoader());
			List<Resource> resources = new ArrayList<>();
			for (String pattern : List.of("classpath*:org/plenary/screening/lists/*.class", "classpath*:org/plenary/screening/matching/*.class",
					"classpath*:screening/*.txt")) {
				resources.addAll(Arrays.asList(resolver.getResources(pattern)));
			}
			resources.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
			for (Resource r : resources) {
				digest.update(String.valueOf(r.getFilename()).getBytes());
				try (InputStream in = r.getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("the screening code could not be fingerprinted", ex);
		}
	}
}
