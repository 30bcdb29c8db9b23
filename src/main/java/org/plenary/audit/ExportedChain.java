package org.plenary.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chain as exported, one JSON object a line, and its offline verification: what a PG runs on a
 * copy, without the database, against the heads it kept.
 */
public final class ExportedChain {

	private ExportedChain() {
	}

	/**
	 * Verifies an exported chain offline: the SHA-256 links always; the MACs when {@code key} is
	 * given (the platform's operator); each published head in {@code anchors} (what a PG keeps to
	 * verify on its own). A line that cannot be read breaks the chain there.
	 */
	public static Verification verify(BufferedReader lines, JsonMapper json, AuditKey key, List<AuditHead> anchors)
			throws IOException {
		ChainVerifier verifier = new ChainVerifier(key).anchoredAt(anchors);
		List<AuditEntry> batch = new ArrayList<>(ChainStore.BATCH);
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
			if (batch.size() == ChainStore.BATCH) {
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

	static Map<String, Object> toJson(AuditEntry e) {
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
