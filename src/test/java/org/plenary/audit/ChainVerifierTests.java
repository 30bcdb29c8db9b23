package org.plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChainVerifierTests {

	static List<AuditEntry> chain(int n) {
		List<AuditEntry> entries = new ArrayList<>();
		String previous = AuditEntry.GENESIS;
		for (int i = 1; i <= n; i++) {
			Instant at = ChainHash.truncate(Instant.parse("2026-01-01T00:00:00.123456789Z").plusSeconds(i));
			String payload = "{\"n\":" + i + "}";
			String payloadHash = ChainHash.payloadHash(payload);
			String hash = ChainHash.entryHash(i, at, "chair", "proposal.tabled", "proposal/" + i, payloadHash, previous);
			entries.add(new AuditEntry(i, at, "chair", "proposal.tabled", "proposal/" + i, payload, payloadHash, previous, hash));
			previous = hash;
		}
		return entries;
	}

	static Verification verify(List<AuditEntry> entries) {
		ChainVerifier verifier = new ChainVerifier();
		entries.forEach(verifier::accept);
		AuditEntry last = entries.get(entries.size() - 1);
		return verifier.result(last.seq(), last.hash());
	}

	@Test
	void anIntactChainVerifies() {
		assertThat(verify(chain(10))).isEqualTo(new Verification(true, 10, null));
	}

	@Test
	void aChangedPayloadBreaksTheChainAtThatEntry() {
		List<AuditEntry> entries = chain(10);
		AuditEntry e = entries.get(4);
		entries.set(4, new AuditEntry(e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), "{\"n\":666}",
				e.payloadHash(), e.previousHash(), e.hash()));
		Verification v = verify(entries);
		assertThat(v.valid()).isFalse();
		assertThat(v.firstBroken().seq()).isEqualTo(5);
		assertThat(v.firstBroken().reason()).contains("payload");
	}

	@Test
	void aChangedActorBreaksTheChainAtThatEntry() {
		List<AuditEntry> entries = chain(10);
		AuditEntry e = entries.get(2);
		entries.set(2, new AuditEntry(e.seq(), e.recordedAt(), "delegate-cn", e.action(), e.subject(), e.payload(),
				e.payloadHash(), e.previousHash(), e.hash()));
		assertThat(verify(entries).firstBroken().seq()).isEqualTo(3);
	}

	@Test
	void aRehashedEntryBreaksTheNextLink() {
		List<AuditEntry> entries = chain(10);
		AuditEntry e = entries.get(6);
		String payload = "{\"n\":0}";
		String payloadHash = ChainHash.payloadHash(payload);
		String hash = ChainHash.entryHash(e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), payloadHash, e.previousHash());
		entries.set(6, new AuditEntry(e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), payload, payloadHash,
				e.previousHash(), hash));
		assertThat(verify(entries).firstBroken().seq()).isEqualTo(8);
	}

	@Test
	void aRemovedEntryIsFound() {
		List<AuditEntry> entries = chain(10);
		entries.remove(3);
		assertThat(verify(entries).firstBroken().seq()).isEqualTo(5);
	}

	@Test
	void entriesCutFromTheEndAreFoundAgainstTheHead() {
		List<AuditEntry> entries = chain(10);
		ChainVerifier verifier = new ChainVerifier();
		entries.subList(0, 8).forEach(verifier::accept);
		Verification v = verifier.result(10L, entries.get(9).hash());
		assertThat(v.valid()).isFalse();
		assertThat(v.firstBroken().reason()).contains("removed from the end");
	}
}
