package org.plenary.audit;

/**
 * Checks entries one at a time, in chain order, in constant memory: each entry's payload hash, its
 * link to the previous entry, its own hash and its sequence number. The first failure is kept.
 */
public final class ChainVerifier {

	private long expectedSeq = 1;
	private String previousHash = AuditEntry.GENESIS;
	private long checked;
	private Verification failure;

	/** Checks the next entry; returns false once the chain is broken. */
	public boolean accept(AuditEntry e) {
		if (failure != null) {
			return false;
		}
		String reason = check(e);
		if (reason != null) {
			failure = Verification.broken(checked, e.seq(), reason);
			return false;
		}
		checked++;
		expectedSeq = e.seq() + 1;
		previousHash = e.hash();
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

	private String check(AuditEntry e) {
		if (e.seq() != expectedSeq) {
			return "expected entry " + expectedSeq + " but found entry " + e.seq() + ": entries are missing or reordered";
		}
		if (!ChainHash.payloadHash(e.payload()).equals(e.payloadHash())) {
			return "the payload does not match its hash: the payload was changed";
		}
		if (!previousHash.equals(e.previousHash())) {
			return "the entry does not point to the previous entry's hash: an earlier entry was changed or removed";
		}
		String hash = ChainHash.entryHash(e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), e.payloadHash(),
				e.previousHash());
		if (!hash.equals(e.hash())) {
			return "the entry's hash does not match its contents: who, what or when was changed";
		}
		return null;
	}
}
