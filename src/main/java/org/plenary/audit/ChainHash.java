package org.plenary.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** The chain's hashing, in one place so that appending and verifying cannot drift apart. */
final class ChainHash {

	private static final HexFormat HEX = HexFormat.of();

	private ChainHash() {
	}

	static String payloadHash(String payload) {
		return HEX.formatHex(sha256().digest(payload.getBytes(StandardCharsets.UTF_8)));
	}

	static String entryHash(long seq, Instant at, String actor, String action, String subject, String payloadHash,
			String previousHash) {
		String text = seq + "\n" + micros(at) + "\n" + actor + "\n" + action + "\n" + subject + "\n" + payloadHash + "\n"
				+ previousHash;
		return HEX.formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** Times are kept to the microsecond, the precision both H2 and PostgreSQL store. */
	static Instant truncate(Instant at) {
		return at.truncatedTo(ChronoUnit.MICROS);
	}

	private static long micros(Instant at) {
		return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
	}

	/** One digest per thread: looking a digest up costs more than hashing a short entry. */
	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	});

	private static MessageDigest sha256() {
		MessageDigest digest = SHA_256.get();
		digest.reset();
		return digest;
	}
}
