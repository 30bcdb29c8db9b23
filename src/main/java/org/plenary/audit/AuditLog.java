package org.plenary.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log's public API: append (inside the caller's transaction), verify, export, and the head
 * to publish.
 */
@Service
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private static final int BATCH = 8_192;

	private static final String SELECT = "select seq, recorded_at, actor, action, subject, payload, payload_hash, "
			+ "previous_hash, hash, mac from audit_entry";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final JsonMapper json;
	private final Clock clock;
	private final AuditKey key;
	private final ObjectProvider<AuditedState> states;

	AuditLog(JdbcClient jdbc, JdbcTemplate template, JsonMapper json, Clock clock, AuditKey key,
			ObjectProvider<AuditedState> states) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
		this.clock = clock;
		this.key = key;
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
		AuditHead head = lockHead();
		if (head.mac() == null && head.seq() > 0) {
			sealLegacy(head);
		}
		long seq = head.seq() + 1;
		String previous = head.hash();
		Instant at = ChainHash.truncate(clock.instant());
		String body = payload instanceof String s ? s : json.writeValueAsString(payload);
		String payloadHash = ChainHash.payloadHash(body);
		String hash = ChainHash.entryHash(seq, at, actor, action, subject, payloadHash, previous);
		String mac = key.entryMac(hash);
		jdbc.sql("insert into audit_entry (seq, recorded_at, actor, action, subject, payload, payload_hash, previous_hash, hash, mac) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), actor, action, subject, body, payloadHash,
						previous, hash, mac)
				.update();
		jdbc.sql("update audit_head set seq = ?, hash = ?, mac = ? where id = 1").params(seq, hash, key.headMac(seq, hash))
				.update();
		return new AuditEntry(seq, at, actor, action, subject, body, payloadHash, previous, hash, mac);
	}

	/**
	 * A chain written before it was keyed is sealed once: when neither its head nor any entry carries
	 * a MAC, and its SHA-256 links verify, every entry and the head get their MAC. A chain with some
	 * MACs is never re-sealed: a missing MAC there is tampering, which verification reports.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(-100)
	@Transactional
	public void sealLegacyChain() {
		AuditHead head = lockHead();
		if (head.mac() == null && head.seq() > 0) {
			sealLegacy(head);
		}
	}

	private void sealLegacy(AuditHead head) {
		Integer keyed = jdbc.sql("select count(*) from audit_entry where mac is not null").query(Integer.class).single();
		if (keyed > 0) {
			return;
		}
		ChainVerifier links = new ChainVerifier();
		stream(links::accept);
		Verification checked = links.result(new AuditHead(head.seq(), head.hash(), null));
		if (!checked.valid()) {
			log.error("The audit chain, written before it was keyed, is broken at entry {} ({}); it is left unsealed.",
					checked.firstBroken().seq(), checked.firstBroken().reason());
			return;
		}
		List<Object[]> macs = new ArrayList<>(BATCH);
		stream(e -> {
			macs.add(new Object[] { key.entryMac(e.hash()), e.seq() });
			if (macs.size() == BATCH) {
				template.batchUpdate("update audit_entry set mac = ? where seq = ?", macs);
				macs.clear();
			}
		});
		template.batchUpdate("update audit_entry set mac = ? where seq = ?", macs);
		jdbc.sql("update audit_head set mac = ? where id = 1").param(key.headMac(head.seq(), head.hash())).update();
		log.warn("Sealed the {} audit entries written before the chain was keyed, with the key from {}.", head.seq(),
				key.origin());
	}

	/** The chain's head, to publish: a later rewrite of any entry up to it is detected against it. */
	@Transactional(readOnly = true)
	public AuditHead head() {
		return jdbc.sql("select seq, hash, mac from audit_head where id = 1").query(AuditLog::headRow).single();
	}

	/** {@link #verify(List)} without published heads. */
	public Verification verify() {
		return verify(List.of());
	}

	/**
	 * Verifies the whole chain in the database: links, hashes and MACs, the head (not cut short, not
	 * rewound), each published head in {@code anchors}; then replays the chain through every
	 * {@link AuditedState} and reports where the stored state differs from what the entries record.
	 * Pages are read in chain order while the previous page is checked on another thread; one
	 * snapshot (repeatable read) so that writes meanwhile do not show as differences.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Verification verify(List<AuditHead> anchors) {
		ChainVerifier verifier = new ChainVerifier(key).anchoredAt(anchors);
		List<AuditedState.Replay> replays = states.orderedStream().map(AuditedState::replay).toList();
		ExecutorService checker = Executors.newSingleThreadExecutor();
		try {
			Future<Boolean> pending = CompletableFuture.completedFuture(true);
			long after = 0;
			List<AuditEntry> page;
			while (!(page = page(after)).isEmpty()) {
				if (!pending.get()) {
					break;
				}
				List<AuditEntry> current = page;
				pending = checker.submit(() -> {
					if (!verifier.accept(current)) {
						return false;
					}
					for (AuditedState.Replay replay : replays) {
						replay.acceptAll(current);
					}
					return true;
				});
				after = page.get(page.size() - 1).seq();
			}
			pending.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("verification interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("verification failed", ex.getCause());
		}
		finally {
			checker.shutdown();
		}
		Verification result = verifier.result(head());
		if (!result.valid()) {
			return result;
		}
		List<Difference> differences = new ArrayList<>();
		replays.forEach(r -> differences.addAll(r.compare()));
		return result.with(differences);
	}

	/** Writes the whole chain as JSON Lines, one entry a line, oldest first. Returns the count. */
	@Transactional(readOnly = true)
	public long export(Writer out) {
		long[] count = { 0 };
		stream(e -> {
			try {
				out.write(json.writeValueAsString(toJson(e)));
				out.write('\n');
				count[0]++;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return count[0];
	}

	/**
	 * Verifies an exported chain offline, without the database: the SHA-256 links always; the MACs
	 * when {@code key} is given (the platform's operator); each published head in {@code anchors}
	 * (what a PG keeps to verify on its own). A line that cannot be read breaks the chain there.
	 */
	public static Verification verify(BufferedReader lines, JsonMapper json, AuditKey key, List<AuditHead> anchors)
			throws IOException {
		ChainVerifier verifier = new ChainVerifier(key).anchoredAt(anchors);
		List<AuditEntry> batch = new ArrayList<>(BATCH);
		String line;
		long number = 0;
		while ((line = lines.readLine()) != null) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			try {
				batch.add(fromJson(json.readTree(line)));
			}
			catch (RuntimeException ex) {
				verifier.accept(batch);
				Verification sofar = verifier.result();
				return sofar.valid() ? Verification.broken(sofar.events(), number,
						"line " + number + " is not an audit entry: " + ex.getMessage()) : sofar;
			}
			if (batch.size() == BATCH) {
				if (!verifier.accept(batch)) {
					break;
				}
				batch.clear();
			}
		}
		verifier.accept(batch);
		return verifier.result();
	}

	/** {@link #verify(BufferedReader, JsonMapper, AuditKey, List)} of the links only, without published heads. */
	public static Verification verify(BufferedReader lines, JsonMapper json) throws IOException {
		return verify(lines, json, null, List.of());
	}

	/** Reads published heads, one JSON object a line ({@code {"seq", "hash"}}, as {@code plenary audit head} prints them). */
	public static List<AuditHead> heads(BufferedReader lines, JsonMapper json) throws IOException {
		List<AuditHead> heads = new ArrayList<>();
		String line;
		while ((line = lines.readLine()) != null) {
			if (!line.isBlank()) {
				JsonNode n = json.readTree(line);
				heads.add(new AuditHead(n.required("seq").asLong(), n.required("hash").asString(),
						n.has("mac") ? n.get("mac").asString() : null));
			}
		}
		return heads;
	}

	/** The latest entries, newest first, for display. */
	public List<AuditEntry> latest(int limit) {
		return jdbc.sql(SELECT + " order by seq desc").query(AuditLog::entry).stream().limit(limit).toList();
	}

	private AuditHead lockHead() {
		return jdbc.sql("select seq, hash, mac from audit_head where id = 1 for update").query(AuditLog::headRow).single();
	}

	/** Streams the chain in order, a page at a time (keyset paging on seq: no huge result sets). */
	private void stream(Consumer<AuditEntry> sink) {
		long after = 0;
		List<AuditEntry> page;
		while (!(page = page(after)).isEmpty()) {
			page.forEach(sink);
			after = page.get(page.size() - 1).seq();
		}
	}

	private List<AuditEntry> page(long after) {
		return template.query(SELECT + " where seq > ? order by seq limit " + BATCH, AuditLog::entry, after);
	}

	private static AuditHead headRow(ResultSet rs, int n) throws SQLException {
		String mac = rs.getString(3);
		return new AuditHead(rs.getLong(1), rs.getString(2).strip(), mac == null ? null : mac.strip());
	}

	private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
		String mac = rs.getString(10);
		return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7).strip(), rs.getString(8).strip(),
				rs.getString(9).strip(), mac == null ? null : mac.strip());
	}

	private static Map<String, Object> toJson(AuditEntry e) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("seq", e.seq());
		map.put("recordedAt", e.recordedAt().toString());
		map.put("actor", e.actor());
		map.put("action", e.action());
		map.put("subject", e.subject());
		map.put("payload", e.payload());
		map.put("payloadHash", e.payloadHash());
		map.put("previousHash", e.previousHash());
		map.put("hash", e.hash());
		if (e.mac() != null) {
			map.put("mac", e.mac());
		}
		return map;
	}

	private static AuditEntry fromJson(JsonNode n) {
		return new AuditEntry(n.required("seq").asLong(), Instant.parse(n.required("recordedAt").asString()),
				n.required("actor").asString(), n.required("action").asString(), n.required("subject").asString(),
				n.required("payload").asString(), n.required("payloadHash").asString(), n.required("previousHash").asString(),
				n.required("hash").asString(), n.has("mac") ? n.get("mac").asString() : null);
	}
}
