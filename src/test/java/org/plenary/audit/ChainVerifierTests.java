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
		return verifier.result(new AuditHead(last.seq(), last.hash(), null));
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
		Verification v = verifier.result(new AuditHead(10L, entries.get(9).hash(), null));
		assertThat(v.valid()).isFalse();
		assertThat(v.firstBroken().reason()).contains("removed from the end");
	}

	static final AuditKey KEY = AuditKey.of("cGxlbmFyeS10ZXN0LWF1ZGl0LWtleS0zMi1ieXRlcyE=", "test");

	static List<AuditEntry> keyed(List<AuditEntry> entries, AuditKey key) {
		return entries.stream().map(e -> new AuditEntry(e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), e.payload(),
				e.payloadHash(), e.previousHash(), e.hash(), key.entryMac(e.hash()))).toList();
	}

	@Test
	void withTheKeyAnEntryWhoseHashesWereRecomputedIsFoundByItsMac() {
		List<AuditEntry> entries = new ArrayList<>(keyed(chain(10), KEY));
		ChainVerifier ok = new ChainVerifier(KEY);
		entries.forEach(ok::accept);
		AuditEntry last = entries.get(9);
		assertThat(ok.result(new AuditHead(10, last.hash(), KEY.headMac(10, last.hash()))).valid()).isTrue();

		AuditKey other = AuditKey.of("b3RoZXIta2V5LW9mLXRoaXJ0eS10d28tYnl0ZXMhISE=", "other");
		entries.set(3, keyed(List.of(entries.get(3)), other).get(0));
		ChainVerifier broken = new ChainVerifier(KEY);
		entries.forEach(broken::accept);
		assertThat(broken.result().firstBroken()).isEqualTo(new Verification.BrokenEntry(4,
				"the entry's MAC does not match: it was written or rewritten without the chain's key"));
		assertThat(new ChainVerifier(KEY).accept(chain(1))).as("an entry without a MAC is refused once the chain is keyed")
				.isFalse();
	}

	@Test
	void aHeadRewoundWithoutTheKeyIsFound() {
		List<AuditEntry> entries = keyed(chain(10), KEY);
		ChainVerifier verifier = new ChainVerifier(KEY);
		entries.subList(0, 9).forEach(verifier::accept);
		AuditEntry ninth = entries.get(8);
		Verification v = verifier.result(new AuditHead(9, ninth.hash(), ninth.mac()));
		assertThat(v.firstBroken().seq()).isEqualTo(9);
		assertThat(v.firstBroken().reason()).contains("head's MAC");
	}

	@Test
	void aPublishedHeadAnchorsTheChainWithoutTheKey() {
		List<AuditEntry> entries = chain(10);
		AuditHead published = new AuditHead(6, entries.get(5).hash(), null);
		ChainVerifier same = new ChainVerifier().anchoredAt(List.of(published));
		entries.forEach(same::accept);
		assertThat(same.result().valid()).isTrue();

		List<AuditEntry> rewritten = chain(10);
		List<AuditEntry> forged = new ArrayList<>();
		String previous = AuditEntry.GENESIS;
		for (AuditEntry e : rewritten) {
			String payload = e.seq() == 3 ? "{\"n\":333}" : e.payload();
			String payloadHash = ChainHash.payloadHash(payload);
			String hash = ChainHash.entryHash(e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), payloadHash, previous);
			forged.add(new AuditEntry(e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), payload, payloadHash, previous, hash));
			previous = hash;
		}
		ChainVerifier anchored = new ChainVerifier().anchoredAt(List.of(published));
		forged.forEach(anchored::accept);
		assertThat(anchored.result().firstBroken().seq()).isEqualTo(6);
		assertThat(anchored.result().firstBroken().reason()).contains("published head");

		ChainVerifier cut = new ChainVerifier().anchoredAt(List.of(published));
		entries.subList(0, 5).forEach(cut::accept);
		assertThat(cut.result().firstBroken().reason()).contains("removed from the end");
	}
}
