package org.plenary.audit;

import java.io.BufferedReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.plenary.PlenaryApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Verification speed of the audit chain over N generated entries (default 1,000,000) in an embedded
 * H2 file database: links, hashes, MACs, and the consensus state re-derived from the chain and
 * compared with the stored history, current positions and decisions. The entries are what the
 * platform writes: per proposal, 47 positions and one decision, each with its rows. Also the offline
 * verification of an export. Not a unit test: run with bench/run.sh.
 *
 *   bench/run.sh org.plenary.audit.AuditVerifyBenchmark [N] [RUNS]
 */
public class AuditVerifyBenchmark {

	static final String KEY = "cGxlbmFyeS10ZXN0LWF1ZGl0LWtleS0zMi1ieXRlcyE=";

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		Path dir = Files.createTempDirectory("plenary-audit-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PlenaryApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("audit") + ";LOCK_TIMEOUT=20000",
					"--plenary.demo.enabled=false", "--plenary.audit.key=" + KEY, "--logging.level.root=WARN",
					"--plenary.silence.initial-delay=1h")) {
			JdbcTemplate template = context.getBean(JdbcTemplate.class);
			long t0 = System.nanoTime();
			generate(template, n, AuditKey.of(KEY, "bench"));
			System.out.printf("generated %,d entries in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);

			AuditLog log = context.getBean(AuditLog.class);
			double[] db = new double[runs];
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				Verification v = log.verify();
				db[i] = (System.nanoTime() - start) / 1e9;
				System.out.printf("database verify with derived state, run %d: %.2f s, valid=%s, events=%,d%s%n", i + 1, db[i],
						v.valid(), v.events(), (v.firstBroken() == null ? "" : ", " + v.firstBroken()) + (v.differences() == null ? "" : ", differences " + v.differences()));
			}
			// The same chain without the derived-state check (links, hashes, MACs and head only), for the ratio.
			AuditLog chainOnly = new AuditLog(context.getBean(ChainStore.class), context.getBean(JsonMapper.class),
					java.time.Clock.systemUTC(), AuditKey.of(KEY, "bench"), context.getBean(LegacySeal.class),
					new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(AuditedState.class));
			double[] chain = new double[runs];
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				Verification v = chainOnly.verify();
				chain[i] = (System.nanoTime() - start) / 1e9;
				System.out.printf("database verify of the chain alone, run %d: %.2f s, valid=%s%n", i + 1, chain[i], v.valid());
			}
			System.out.printf("median: chain alone %.2f s, with derived state %.2f s (ratio %.2f)%n", median(chain), median(db),
					median(db) / median(chain));
			Path file = dir.resolve("chain.jsonl");
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				log.export(out);
			}
			JsonMapper json = JsonMapper.builder().build();
			double[] offline = new double[runs];
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					Verification v = ExportedChain.verify(in, json, AuditKey.of(KEY, "bench"), List.of(log.head()));
					offline[i] = (System.nanoTime() - start) / 1e9;
					System.out.printf("offline verify with MACs and the head, run %d: %.2f s, valid=%s, events=%,d%n", i + 1,
							offline[i], v.valid(), v.events());
				}
			}
			System.out.printf("median: database %.2f s (%,.0f entries/s), offline file %.2f s (%,.0f entries/s), file %d MiB%n",
					median(db), n / median(db), median(offline), n / median(offline), Files.size(file) >> 20);
		}
	}

	/** Per proposal: tabled rows, 47 positions (history and current) and a decision, with their chained entries. */
	private static void generate(JdbcTemplate template, int n, AuditKey key) {
		String[] pgs = { "AR", "AU", "AT", "BY", "BE", "BR", "BG", "CA", "CN", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
				"GR", "HU", "IS", "IE", "IT", "JP", "KZ", "LV", "LT", "LU", "MT", "MX", "NL", "NZ", "NO", "PL", "PT", "KR", "RO",
				"RU", "RS", "SK", "SI", "ZA", "ES", "SE", "CH", "TR", "UA", "GB" };
		long seq = template.queryForObject("select seq from audit_head where id = 1", Long.class);
		String previous = template.queryForObject("select hash from audit_head where id = 1", String.class).strip();
		Instant base = Instant.parse("2026-01-01T00:00:00Z");
		LocalDate day = LocalDate.parse("2025-12-01");
		List<Object[]> entries = new ArrayList<>();
		List<Object[]> positions = new ArrayList<>();
		List<Object[]> current = new ArrayList<>();
		List<Object[]> proposals = new ArrayList<>();
		List<Object[]> decisions = new ArrayList<>();
		long proposal = 1_000_000;
		int written = 0;
		while (written < n) {
			proposal++;
			proposals.add(new Object[] { proposal, day, at(base), OffsetDateTime.ofInstant(base, ZoneOffset.UTC) });
			for (int p = 0; p < pgs.length && written < n; p++, written++) {
				seq++;
				Instant at = base.plusMillis(seq);
				String subject, action, payload;
				if (p < pgs.length - 1 || written == n - 1) {
					String statement = "Statement " + seq;
					subject = "proposal/" + proposal + "/positions/" + pgs[p];
					action = "proposal.position.recorded";
					payload = "{\"position\":\"SUPPORT\",\"statement\":\"" + statement + "\",\"basis\":\"RECORDED\",\"on\":\"" + day + "\"}";
					Object[] row = { proposal, pgs[p], "SUPPORT", statement, "RECORDED", day, at(at), "delegate-" + pgs[p].toLowerCase() };
					positions.add(row);
					current.add(row);
				}
				else {
					subject = "proposal/" + proposal;
					action = "proposal.decided";
					payload = "{\"status\":\"ADOPTED\",\"objectors\":[],\"reservations\":[],\"decidedOn\":\"" + day + "\"}";
					decisions.add(new Object[] { proposal, "ADOPTED", "", "", day, at(at), "chair", false });
				}
				String actor = action.equals("proposal.decided") ? "chair" : "delegate-" + pgs[p].toLowerCase();
				String payloadHash = ChainHash.payloadHash(payload);
				String hash = ChainHash.entryHash(seq, at, actor, action, subject, payloadHash, previous);
				entries.add(new Object[] { seq, at(at), actor, action, subject, payload, payloadHash, previous, hash,
						key.entryMac(hash) });
				previous = hash;
			}
			if (entries.size() >= 20_000) {
				flush(template, entries, positions, current, proposals, decisions);
			}
		}
		flush(template, entries, positions, current, proposals, decisions);
		template.update("update audit_head set seq = ?, hash = ?, mac = ? where id = 1", seq, previous, key.headMac(seq, previous));
	}

	private static void flush(JdbcTemplate template, List<Object[]> entries, List<Object[]> positions, List<Object[]> current,
			List<Object[]> proposals, List<Object[]> decisions) {
		template.batchUpdate("insert into audit_entry (seq, recorded_at, actor, action, subject, payload, payload_hash, "
				+ "previous_hash, hash, mac) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries);
		template.batchUpdate("insert into consensus_position (proposal_id, state_code, stance, statement, basis, recorded_on, "
				+ "recorded_at, recorded_by, after_decision) values (?, ?, ?, ?, ?, ?, ?, ?, false)", positions);
		template.batchUpdate("insert into consensus_current_position (proposal_id, state_code, stance, statement, basis, "
				+ "recorded_on, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)", current);
		List<Object[]> tabled = new ArrayList<>();
		for (Object[] p : proposals) {
			boolean decided = decisions.stream().anyMatch(d -> d[0].equals(p[0]));
			tabled.add(new Object[] { p[0], p[1], p[2], decided ? "ADOPTED" : "OPEN" });
		}
		template.batchUpdate("insert into consensus_proposal (id, kind, title, procedure_kind, tabled_on, tabled_at, tabled_by, "
				+ "status, changes) values (?, 'ADOPT_STATEMENT', 'Generated', 'PLENARY', ?, ?, 'chair', ?, 0)", tabled);
		template.batchUpdate("insert into consensus_decision (proposal_id, status, objectors, reservations, decided_on, decided_at, "
				+ "decided_by, by_silence) values (?, ?, ?, ?, ?, ?, ?, ?)", decisions);
		entries.clear();
		positions.clear();
		current.clear();
		proposals.clear();
		decisions.clear();
	}

	private static OffsetDateTime at(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}
}
