package org.plenary.forecast.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * Forecast speed on the benchmark shape: 48 PGs, four overlapping blocs (a PG in up to two), stances
 * spread over [0, 0.3]. Not a unit test: run with bench/run.sh.
 *
 *   bench/run.sh org.plenary.forecast.ForecastBenchmark [RUNS]
 *
 * Prints the median (and range) of: one exact forecast; Monte Carlo draws per second on all cores and
 * on one; the whole pivotal analysis (gains, minimal persuasion set, bloc sensitivity), exact.
 */
public class ForecastBenchmark {

	private static volatile double sink;

	public static void main(String[] args) {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
		VetoModel model = VetoModelTests.fourBlocs();
		System.out.printf(Locale.ROOT, "model: %d PGs, %d blocs, %d exact cells, P = %.6f%n", model.size(), model.blocs().size(),
				model.cells(), model.exactConsensus());

		int calls = 20_000;
		double[] exactMicros = new double[runs];
		for (int warm = 0; warm < 3; warm++) {
			time(() -> { for (int i = 0; i < calls; i++) { sink = model.exactConsensus(); } });
		}
		for (int r = 0; r < runs; r++) {
			exactMicros[r] = time(() -> { for (int i = 0; i < calls; i++) { sink = model.exactConsensus(); } }) / calls / 1e3;
		}
		report("exact forecast, 48 PGs, 4 blocs", exactMicros, "us per forecast");

		long draws = 10_000_000;
		double[] parallel = new double[runs];
		double[] single = new double[runs];
		time(() -> sink = model.monteCarloConsensus(draws, 1).p());
		for (int r = 0; r < runs; r++) {
			long seed = r;
			parallel[r] = draws / (time(() -> sink = model.monteCarloConsensus(draws, seed).p()) / 1e9) / 1e6;
		}
		report("Monte Carlo, all cores (" + Runtime.getRuntime().availableProcessors() + ")", parallel, "million draws/s");
		System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", "1");
		for (int r = 0; r < runs; r++) {
			long seed = r;
			single[r] = draws / (time(() -> sink = singleThread(model, draws, seed)) / 1e9) / 1e6;
		}
		report("Monte Carlo, one thread", single, "million draws/s");

		PivotalAnalysis.Settings settings = new PivotalAnalysis.Settings(Method.EXACT, 0, 0, Long.MAX_VALUE, 0.5, 20_000);
		double[] pivotal = new double[runs];
		for (int warm = 0; warm < 3; warm++) {
			time(() -> sink = PivotalAnalysis.analyse(model, settings).consensus().p());
		}
		for (int r = 0; r < runs; r++) {
			pivotal[r] = time(() -> sink = PivotalAnalysis.analyse(model, settings).consensus().p()) / 1e6;
		}
		PivotalAnalysis.Result result = PivotalAnalysis.analyse(model, settings);
		System.out.printf(Locale.ROOT, "  (persuasion set of %d, proved minimal: %s)%n", result.persuasion().members().size(),
				result.persuasion().provedMinimal());
		report("pivotal analysis, 48 PGs, exact", pivotal, "ms");
	}

	/** The Monte Carlo estimate on the calling thread only: the same chunks, one after another. */
	private static double singleThread(VetoModel model, long draws, long seed) {
		// The common pool cannot be resized once started; run the chunks from a one-thread pool instead.
		java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(1);
		try {
			return pool.submit(() -> model.monteCarloConsensus(draws, seed).p()).join();
		}
		finally {
			pool.shutdown();
		}
	}

	private static double time(Runnable r) {
		long t0 = System.nanoTime();
		r.run();
		return System.nanoTime() - t0;
	}

	private static void report(String what, double[] values, String unit) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "%-40s median %10.3f %s (range %.3f - %.3f, %d runs)%n", what, sorted[sorted.length / 2], unit,
				sorted[0], sorted[sorted.length - 1], sorted.length);
	}
}
