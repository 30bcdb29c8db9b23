package org.plenary.audit;

import java.time.Instant;

/**
 * One link of the chain. {@code hash} is SHA-256 over the sequence number, the time (epoch
 * microseconds), actor, action, subject, {@code payloadHash} and {@code previousHash}, each on its
 * own line; {@code payloadHash} is SHA-256 of the payload's UTF-8 bytes; {@code mac} is
 * HMAC-SHA256 of the hash under the chain's key (see {@link AuditKey}), which only the platform holds.
 */
public record AuditEntry(long seq, Instant recordedAt, String actor, String action, String subject, String payload,
		String payloadHash, String previousHash, String hash, String mac) {

	/** The hash of the empty chain, which the first entry points back to. */
	public static final String GENESIS = "0".repeat(64);

	/** An entry without its MAC (an export verified without the key checks the SHA-256 links only). */
	public AuditEntry(long seq, Instant recordedAt, String actor, String action, String subject, String payload,
			String payloadHash, String previousHash, String hash) {
		this(seq, recordedAt, actor, action, subject, payload, payloadHash, previousHash, hash, null);
	}
}
