package org.plenary.audit;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Checks entries in chain order, in constant memory: each entry's sequence number and link to the
 * previous entry (sequential), and its payload hash and own hash (independent per entry, so a batch
 * is checked in parallel). The first failure in chain order is kept.
 */
public final class ChainVerifier {

	private long expectedSeq = 1;
	private String previousHash = AuditEntry.GENESIS;
	private long checked;
	private Verification failure;

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

	/** The verdict so far; with {@code headSeq}/{@code headHash}, also checks that nothing was cut off the end. */
	public Verification result(Long headSeq, String headHash) {
		if (failure != null) {
			return failure;
		}
		if (headSeq != null && (headSeq != expectedSeq - 1 || !previousHash.equals(headHash))) {
			return Verification.broken(checked, expectedSeq, "the chain ends at entry " + (expectedSeq - 1)
					+ " but its head records entry " + headSeq + ": entries were removed from the end");
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
		return contentProblem;
	}

	private static String contentProblem(AuditEntry e) {
		if (!ChainHash.payloadHash(e.payload()).equals(e.payloadHash())) {
			return "the payload does not match its hash: the payload was changed";
		}
		String hash = ChainHash.entryHash(e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), e.payloadHash(),
				e.previousHash());
		return hash.equals(e.hash()) ? null : "the entry's hash does not match its contents: who, what or when was changed";
	}
}
