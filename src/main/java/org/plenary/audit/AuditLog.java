package org.plenary.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.plenary.shared.PagedPipeline;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log's public API: append (inside the caller's transaction), verify, export, and the head
 * to publish.
 */
@Service
public class AuditLog {

	private final ChainStore chain;
	private final JsonMapper json;
	private final Clock clock;
	private final AuditKey key;
	private final LegacySeal legacy;
	private final ObjectProvider<AuditedState> states;

	AuditLog(ChainStore chain, JsonMapper json, Clock clock, AuditKey key, LegacySeal legacy,
			ObjectProvider<AuditedState> states) {
		this.chain = chain;
		this.json = json;
		this.clock = clock;
		this.key = key;
		this.legacy = legacy;
		this.states = states;
	}

	/**
	 * Appends an entry to the chain in the caller's transaction, so the entry exists if and only if
	 * the change it records was committed. Appends are serialized by a lock on the chain's head.
	 *
	 * @param actor who did it (an account name, or {@code system})
	 * @param action what was done, e.g. {@code proposal.tabled}
	 * @param subject what it was done to, e.g. {@code proposal/12}
	 * @param payload the command's data, stored as JSON
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry append(String actor, String action, String subject, Object payload) {
		AuditHead head = chain.lockHead();
		legacy.sealIfUnkeyed(head);
		long seq = head.seq() + 1;
		String previous = head.hash();
		Instant at = ChainHash.truncate(clock.instant());
		String body = payload instanceof String s ? s : json.writeValueAsString(payload);
		String payloadHash = ChainHash.payloadHash(body);
		String hash = ChainHash.entryHash(seq, at, actor, action, subject, payloadHash, previous);
		AuditEntry entry = new AuditEntry(seq, at, actor, action, subject, body, payloadHash, previous, hash,
				key.entryMac(hash));
		chain.insert(entry);
		chain.moveHead(new AuditHead(seq, hash, key.headMac(seq, hash)));
		return entry;
	}

	/** The chain's head, to publish: a later rewrite of any entry up to it is detected against it. */
	@Transactional(readOnly = true)
	public AuditHead head() {
		return chain.head();
	}

	/** {@link #verify(List)} without published heads. */
	public Verification verify() {
		return verify(List.of());
	}

	/**
	 * Verifies the whole chain in the database: links, hashes and MACs, the head (not cut short, not
	 * rewound), each published head in {@code anchors}; then replays the chain through every
	 * {@link AuditedState} and reports where the stored state differs from what the entries record.
	 * One snapshot (repeatable read) so that writes meanwhile do not show as differences.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Verification verify(List<AuditHead> anchors) {
		ChainVerifier verifier = new ChainVerifier(key).anchoredAt(anchors);
		List<AuditedState.Replay> replays = states.orderedStream().map(AuditedState::replay).toList();
		feed(verifier, replays);
		Verification result = verifier.result(chain.head());
		if (!result.valid()) {
			return result;
		}
		List<Difference> differences = new ArrayList<>();
		replays.forEach(r -> differences.addAll(r.compare()));
		return result.with(differences);
	}

	/** Reads the pages in chain order while the page before is checked: its links, then every replay. */
	private void feed(ChainVerifier verifier, List<AuditedState.Replay> replays) {
		long[] after = { 0 };
		PagedPipeline.run(() -> {
			List<AuditEntry> page = chain.page(after[0]);
			after[0] = page.isEmpty() ? after[0] : page.get(page.size() - 1).seq();
			return page;
		}, page -> !page.isEmpty(), page -> verifier.accept(page) && replayed(replays, page));
	}

	private static boolean replayed(List<AuditedState.Replay> replays, List<AuditEntry> page) {
		replays.forEach(r -> r.acceptAll(page));
		return true;
	}

	/** Writes the whole chain as JSON Lines, one entry a line, oldest first. Returns the count. */
	@Transactional(readOnly = true)
	public long export(Writer out) {
		long[] count = { 0 };
		chain.stream(e -> {
			try {
				out.write(json.writeValueAsString(ExportedChain.toJson(e)));
				out.write('\n');
				count[0]++;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return count[0];
	}

	/** The latest entries, newest first, for display. */
	@Transactional(readOnly = true)
	public List<AuditEntry> latest(int limit) {
		return chain.latest(limit);
	}
}
