package org.plenary.audit;

import java.io.BufferedReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Verification speed of the audit chain over N generated entries (default 1,000,000) in an embedded
 * H2 file database, and of an exported file offline. Not a unit test: run with bench/run.sh.
 *
 *   bench/run.sh org.plenary.audit.AuditVerifyBenchmark [N] [RUNS]
 */
public class AuditVerifyBenchmark {

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		Path dir = Files.createTempDirectory("plenary-audit-bench");
		JdbcDataSource ds = new JdbcDataSource();
		ds.setURL("jdbc:h2:file:" + dir.resolve("audit") + ";LOCK_TIMEOUT=20000");
		ds.setUser("sa");
		JdbcTemplate template = new JdbcTemplate(ds);
		template.execute(Files.readString(Path.of("src/main/resources/db/migration/common/V4__audit_chain.sql")));
		long t0 = System.nanoTime();
		generate(template, n);
		System.out.printf("generated %,d entries in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);

		JsonMapper json = JsonMapper.builder().build();
		AuditLog log = new AuditLog(JdbcClient.create(ds), template, json, Clock.systemUTC());
		double[] db = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			Verification v = log.verify();
			db[i] = (System.nanoTime() - start) / 1e9;
			System.out.printf("database verify run %d: %.2f s, valid=%s, events=%,d%n", i + 1, db[i], v.valid(), v.events());
		}
		Path file = dir.resolve("chain.jsonl");
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			log.export(out);
		}
		double[] offline = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				Verification v = AuditLog.verify(in, json);
				offline[i] = (System.nanoTime() - start) / 1e9;
				System.out.printf("offline verify run %d: %.2f s, valid=%s, events=%,d%n", i + 1, offline[i], v.valid(), v.events());
			}
		}
		System.out.printf("median: database %.2f s (%,.0f entries/s), offline file %.2f s (%,.0f entries/s), file %d MiB%n",
				median(db), n / median(db), median(offline), n / median(offline), Files.size(file) >> 20);
	}

	private static void generate(JdbcTemplate template, int n) {
		String previous = AuditEntry.GENESIS;
		Instant base = Instant.parse("2026-01-01T00:00:00Z");
		List<Object[]> batch = new ArrayList<>();
		for (int seq = 1; seq <= n; seq++) {
			Instant at = base.plusMillis(seq);
			String payload = "{\"position\":\"SUPPORT\",\"statement\":\"statement " + seq + "\"}";
			String payloadHash = ChainHash.payloadHash(payload);
			String subject = "proposal/1/positions/" + (seq % 48);
			String hash = ChainHash.entryHash(seq, at, "delegate-us", "proposal.position.recorded", subject, payloadHash, previous);
			batch.add(new Object[] { seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), "delegate-us",
					"proposal.position.recorded", subject, payload, payloadHash, previous, hash });
			previous = hash;
			if (batch.size() == 10_000) {
				insert(template, batch);
			}
		}
		insert(template, batch);
		template.update("update audit_head set seq = ?, hash = ? where id = 1", n, previous);
	}

	private static void insert(JdbcTemplate template, List<Object[]> batch) {
		template.batchUpdate("insert into audit_entry (seq, recorded_at, actor, action, subject, payload, payload_hash, "
				+ "previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
		batch.clear();
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}
}
