package org.plenary.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

/**
 * What {@code WRITE_DELAY=0} costs H2 per commit: N small transactions (a history row and a
 * current-position upsert, like a recorded position without its audit entry), one thread, back to
 * back, in a fresh file database with {@code WRITE_DELAY=500} (H2's default) and with
 * {@code WRITE_DELAY=0}, alternating, ROUNDS times each. Reports the time per commit and the size
 * of the file afterwards (with 0, each commit writes a chunk, and chunks are kept 45 s before
 * their space is reused). Not a unit test: run with bench/run.sh.
 *
 *   bench/run.sh org.plenary.shared.H2WriteDelayBenchmark [N=5000] [ROUNDS=3] [MORE_SETTINGS, e.g. ";PAGE_SIZE=4096"]
 */
public class H2WriteDelayBenchmark {

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		String more = args.length > 2 ? args[2] : "";
		double[][] micros = new double[2][rounds];
		long[][] sizes = new long[2][rounds];
		int[] delays = { 500, 0 };
		for (int r = 0; r < rounds; r++) {
			for (int d = 0; d < 2; d++) {
				Path dir = Files.createTempDirectory("plenary-write-delay");
				try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=" + delays[d] + more, "sa", "")) {
					try (Statement s = c.createStatement()) {
						s.execute("create table history(id bigint auto_increment primary key, pg varchar(8), statement varchar(4000), at timestamp)");
						s.execute("create index history_pg on history(pg)");
						s.execute("create table current_position(pg varchar(8) primary key, statement varchar(4000))");
					}
					c.setAutoCommit(false);
					PreparedStatement insert = c.prepareStatement("insert into history(pg, statement, at) values (?, ?, current_timestamp)");
					PreparedStatement upsert = c.prepareStatement("merge into current_position key(pg) values (?, ?)");
					for (int i = -1000; i < n; i++) { // 1,000 warm-up commits, not timed
						if (i == 0) {
							micros[d][r] = System.nanoTime();
						}
						String pg = "P" + Math.floorMod(i, 48);
						insert.setString(1, pg);
						insert.setString(2, "statement " + i);
						insert.executeUpdate();
						upsert.setString(1, pg);
						upsert.setString(2, "statement " + i);
						upsert.executeUpdate();
						c.commit();
					}
					micros[d][r] = (System.nanoTime() - micros[d][r]) / 1e3 / n;
					sizes[d][r] = Files.size(dir.resolve("db.mv.db"));
				}
				try (var files = Files.walk(dir)) {
					files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				}
				System.out.printf(Locale.ROOT, "round %d WRITE_DELAY=%d: %.1f us per commit, file %.1f MiB after %,d commits%n", r + 1,
						delays[d], micros[d][r], sizes[d][r] / 1048576.0, n + 1000);
			}
		}
		System.out.printf(Locale.ROOT, "median: WRITE_DELAY=500 %.1f us, WRITE_DELAY=0 %.1f us per commit (x%.1f); file %.1f MiB against %.1f MiB%n",
				median(micros[0]), median(micros[1]), median(micros[1]) / median(micros[0]), median(sizes[0]) / 1048576.0,
				median(sizes[1]) / 1048576.0);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static double median(long[] values) {
		return median(Arrays.stream(values).asDoubleStream().toArray());
	}
}
