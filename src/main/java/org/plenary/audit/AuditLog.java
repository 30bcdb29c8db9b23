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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log's public API: append (inside the caller's transaction), verify, export.
 */
@Service
public class AuditLog {

	private static final int BATCH = 8_192;

	private static final String SELECT = "select seq, recorded_at, actor, action, subject, payload, payload_hash, "
			+ "previous_hash, hash from audit_entry";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final JsonMapper json;
	private final Clock clock;

	AuditLog(JdbcClient jdbc, JdbcTemplate template, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
		this.clock = clock;
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
		Map<String, Object> head = jdbc.sql("select seq, hash from audit_head where id = 1 for update").query().singleRow();
		long seq = ((Number) head.get("seq")).longValue() + 1;
		String previous = ((String) head.get("hash")).strip();
		Instant at = ChainHash.truncate(clock.instant());
		String body = payload instanceof String s ? s : json.writeValueAsString(payload);
		String payloadHash = ChainHash.payloadHash(body);
		String hash = ChainHash.entryHash(seq, at, actor, action, subject, payloadHash, previous);
		jdbc.sql("insert into audit_entry (seq, recorded_at, actor, action, subject, payload, payload_hash, previous_hash, hash) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(seq, OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC), actor, action, subject, body, payloadHash,
						previous, hash)
				.update();
		jdbc.sql("update audit_head set seq = ?, hash = ? where id = 1").params(seq, hash).update();
		return new AuditEntry(seq, at, actor, action, subject, body, payloadHash, previous, hash);
	}

	/**
	 * Verifies the whole chain in the database and checks it against its head. Pages are read in
	 * chain order while the previous page is verified on another thread.
	 */
	@Transactional(readOnly = true)
	public Verification verify() {
		ChainVerifier verifier = new ChainVerifier();
		java.util.concurrent.ExecutorService checker = java.util.concurrent.Executors.newSingleThreadExecutor();
		try {
			java.util.concurrent.Future<Boolean> pending = java.util.concurrent.CompletableFuture.completedFuture(true);
			long after = 0;
			java.util.List<AuditEntry> page;
			while (!(page = page(after)).isEmpty()) {
				if (!pending.get()) {
					break;
				}
				java.util.List<AuditEntry> current = page;
				pending = checker.submit(() -> verifier.accept(current));
				after = page.get(page.size() - 1).seq();
			}
			pending.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("verification interrupted", ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("verification failed", ex.getCause());
		}
		finally {
			checker.shutdown();
		}
		Map<String, Object> head = jdbc.sql("select seq, hash from audit_head where id = 1").query().singleRow();
		return verifier.result(((Number) head.get("seq")).longValue(), ((String) head.get("hash")).strip());
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

	/** Verifies an exported chain offline, without the database; a line that cannot be read breaks the chain there. */
	public static Verification verify(BufferedReader lines, JsonMapper json) throws IOException {
		ChainVerifier verifier = new ChainVerifier();
		java.util.List<AuditEntry> batch = new java.util.ArrayList<>(BATCH);
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
				Verification sofar = verifier.result(null, null);
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
		return verifier.result(null, null);
	}

	/** The latest entries, newest first, for display. */
	public java.util.List<AuditEntry> latest(int limit) {
		return jdbc.sql(SELECT + " order by seq desc").query(AuditLog::entry).stream().limit(limit).toList();
	}

	/** Streams the chain in order, a page at a time (keyset paging on seq: no huge result sets). */
	private void stream(Consumer<AuditEntry> sink) {
		long after = 0;
		java.util.List<AuditEntry> page;
		while (!(page = page(after)).isEmpty()) {
			page.forEach(sink);
			after = page.get(page.size() - 1).seq();
		}
	}

	private java.util.List<AuditEntry> page(long after) {
		return template.query(SELECT + " where seq > ? order by seq limit " + BATCH, AuditLog::entry, after);
	}

	private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
		return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7).strip(), rs.getString(8).strip(),
				rs.getString(9).strip());
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
		return map;
	}

	private static AuditEntry fromJson(JsonNode n) {
		return new AuditEntry(n.required("seq").asLong(), Instant.parse(n.required("recordedAt").asString()),
				n.required("actor").asString(), n.required("action").asString(), n.required("subject").asString(),
				n.required("payload").asString(), n.required("payloadHash").asString(), n.required("previousHash").asString(),
				n.required("hash").asString());
	}
}
