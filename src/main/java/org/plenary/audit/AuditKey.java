package org.plenary.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The chain's key: HMAC-SHA256 over each entry's hash and over the head, with a secret that is not in
 * the database. Given as {@code plenary.audit.key} (base64, at least 32 bytes: set it from a secret
 * store, the same on every node), or read from {@code plenary.audit.key-file}, which is created
 * with 32 random bytes and owner-only permissions when missing.
 */
public final class AuditKey {

	private static final HexFormat HEX = HexFormat.of();
	private static final int MIN_BYTES = 32;

	private final byte[] secret;
	private final String origin;
	private final ThreadLocal<Mac> macs;

	private AuditKey(byte[] secret, String origin) {
		if (secret.length < MIN_BYTES) {
			throw new IllegalStateException("The audit key (" + origin + ") has " + secret.length + " bytes; it needs at least "
					+ MIN_BYTES + ".");
		}
		this.secret = secret.clone();
		this.origin = origin;
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	/** A key given in base64. */
	public static AuditKey of(String base64, String origin) {
		try {
			return new AuditKey(Base64.getDecoder().decode(base64.strip()), origin);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The audit key (" + origin + ") is not base64: " + ex.getMessage(), ex);
		}
	}

	/** The key in {@code file}; a missing file is created with a new random key, readable by its owner only. */
	public static AuditKey fromFile(Path file) {
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			return of(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the audit key file " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** The key in an existing {@code file} (offline verification never creates one). */
	public static AuditKey fromExistingFile(Path file) {
		try {
			return of(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit key file " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static void create(Path file) throws IOException {
		byte[] bytes = new byte[MIN_BYTES];
		new SecureRandom().nextBytes(bytes);
		Path dir = file.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
		try {
			if (posix) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			else {
				Files.createFile(file);
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
		}
		catch (FileAlreadyExistsException raced) {
			// another process created it first: use theirs
		}
	}

	/** Where the key came from (never the key itself), for messages. */
	public String origin() {
		return origin;
	}

	/** The MAC of an entry: over its hash, which covers everything in it and its link to the previous entry. */
	String entryMac(String hash) {
		return mac("plenary-audit-entry\n" + hash);
	}

	/** The MAC of the head: the last entry's number and hash. */
	String headMac(long seq, String hash) {
		return mac("plenary-audit-head\n" + seq + "\n" + hash);
	}

	private String mac(String text) {
		return HEX.formatHex(macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8)));
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "AuditKey[" + origin + "]";
	}
}
