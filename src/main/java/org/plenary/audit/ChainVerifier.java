package org.plenary.audit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Checks entries in chain order, in constant memory: each entry's sequence number and link to the
 * previous entry (sequential); its payload hash, own hash and, with the key, its MAC (independent
 * per entry, so a batch is checked in parallel); and that each published head it was given is in
 * the chain with the same hash. The first failure in chain order is kept.
 */
public final class ChainVerifier {

	private final AuditKey key;
	private final TreeMap<Long, String> anchors = new TreeMap<>();
	private long expectedSeq = 1;
	private String previousHash = AuditEntry.GENESIS;
	private long checked;
	private Verification failure;

	/** Checks the SHA-256 links only: anyone holding an export can do this. */
	public ChainVerifier() {
		this(null);
	}

	/** Checks the links and every entry's MAC under {@code key}. */
	public ChainVerifier(AuditKey key) {
		this.key = key;
	}

	/** Also checks the chain against published heads: each must be in it, with the same hash. */
	public ChainVerifier anchoredAt(List<AuditHead> heads) {
		heads.forEach(h -> anchors.put(h.seq(), h.hash()));
		return this;
	}

	/** Checks the next entry; returns false once the chain is broken. */
	public boolean accept(AuditEntry e) {
		return accept(List.of(e));
	}

	/** Checks the next entries, in order; returns false once the chain is broken. */
	public boolean accept(List<AuditEntry> batch) {
		if (failure != null) {
			return false;
		}
		String[] content = new String[batch.size()];
		IntStream range = IntStream.range(0, batch.size());
		(batch.size() > 256 ? range.parallel() : range).forEach(i -> content[i] = contentProblem(batch.get(i)));
		for (int i = 0; i < batch.size(); i++) {
			AuditEntry e = batch.get(i);
			String reason = linkProblem(e, content[i]);
			if (reason != null) {
				failure = Verification.broken(checked, e.seq(), reason);
				return false;
			}
			checked++;
			expectedSeq = e.seq() + 1;
			previousHash = e.hash();
		}
		return true;
	}

	/** The verdict so far, without a head to compare the end with (an export). */
	public Verification result() {
		return result(null);
	}

	/**
	 * The verdict so far; with the stored {@code head}, also checks that nothing was cut off the end
	 * and, with the key, that the head is the platform's own (not rewound to an earlier entry).
	 */
	public Verification result(AuditHead head) {
		if (failure != null) {
			return failure;
		}
		long last = expectedSeq - 1;
		Map.Entry<Long, String> beyond = anchors.higherEntry(last);
		if (beyond != null) {
			return Verification.broken(checked, last + 1, "the chain ends at entry " + last + " but a published head records entry "
					+ beyond.getKey() + ": entries were removed from the end");
		}
		if (head != null) {
			if (head.seq() != last || !previousHash.equals(head.hash())) {
				return Verification.broken(checked, last + 1, "the chain ends at entry " + last + " but its head records entry "
						+ head.seq() + ": entries were removed from the end");
			}
			if (key != null && (head.mac() == null || !key.headMac(head.seq(), head.hash()).equals(head.mac()))) {
				return Verification.broken(checked, head.seq(), "the head's MAC does not match: the head was rewound or "
						+ "rewritten without the key (entries after " + head.seq() + " may have been removed)");
			}
		}
		return Verification.ok(checked);
	}

	private String linkProblem(AuditEntry e, String contentProblem) {
		if (e.seq() != expectedSeq) {
			return "expected entry " + expectedSeq + " but found entry " + e.seq() + ": entries are missing or reordered";
		}
		if (contentProblem != null && contentProblem.startsWith("the payload")) {
			return contentProblem;
		}
		if (!previousHash.equals(e.previousHash())) {
			return "the entry does not point to the previous entry's hash: an earlier entry was changed or removed";
		}
		if (contentProblem != null) {
			return contentProblem;
		}
		String anchored = anchors.get(e.seq());
		if (anchored != null && !anchored.equals(e.hash())) {
			return "the entry's hash differs from the published head for entry " + e.seq()
					+ ": the chain was rewritten up to here since that head was published";
		}
		return null;
	}

	private String contentProblem(AuditEntry e) {
		if (!ChainHash.payloadHash(e.payload()).equals(e.payloadHash())) {
			return "the payload does not match its hash: the payload was changed";
		}
		String hash = ChainHash.entryHash(e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), e.payloadHash(),
				e.previousHash());
		if (!hash.equals(e.hash())) {
			return "the entry's hash does not match its contents: who, what or when was changed";
		}
		if (key != null && (e.mac() == null || !key.entryMac(e.hash()).equals(e.mac()))) {
			return "the entry's MAC does not match: it was written or rewritten without the chain's key";
		}
		return null;
	}
}
