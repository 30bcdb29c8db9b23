package org.plenary.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plenary.forecast.scenario.Scenario;
import org.plenary.forecast.scenario.ScenarioLibrary;

/**
 * Backtests: each historical scenario forecast as of the days before its decision, from the record
 * alone (the analyst's stances in the file are dropped, as they may carry hindsight), beside what
 * happened. Two forecasts per day: the veto-player model on the priors, and the same after three
 * rounds of bargaining with the default capabilities and saliences.
 */
public final class Backtest {

	static final int ROUNDS = 3;

	/** One forecast beside the outcome. */
	public record Row(String scenario, LocalDate asOf, long daysBefore, double pPriors, double pBargained, String outcome,
			boolean hitPriors, boolean hitBargained) {
	}

	/** Every row, and the Brier scores of both forecasts (0 is perfect; always saying 0.5 scores 0.25). */
	public record Report(List<Row> rows, double brierPriors, double brierBargained) {

		/** The table as Markdown. */
		public String markdown() {
			StringBuilder out = new StringBuilder();
			out.append("| Scenario | As of | Days before | P(consensus), priors | After 3 rounds of bargaining | What happened |\n");
			out.append("|---|---|---:|---:|---:|---|\n");
			for (Row r : rows) {
				out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f %s | %.3f %s | %s |%n", r.scenario(), r.asOf(),
						r.daysBefore(), r.pPriors(), r.hitPriors() ? "(right)" : "(wrong)", r.pBargained(),
						r.hitBargained() ? "(right)" : "(wrong)", r.outcome()));
			}
			out.append(String.format(Locale.ROOT, "%nBrier score: priors %.3f, after bargaining %.3f (always 0.5 would score 0.250).%n",
					brierPriors, brierBargained));
			return out.toString();
		}
	}

	private Backtest() {
	}

	/** Runs every scenario of the library that has a {@code backtest} section. */
	public static Report run(Forecasts forecasts) {
		List<Row> rows = new ArrayList<>();
		for (ScenarioLibrary.Entry entry : ScenarioLibrary.all()) {
			Scenario.Backtest bt = entry.scenario().backtest();
			if (bt == null) {
				continue;
			}
			for (LocalDate day : bt.asOf()) {
				Scenario plain = entry.scenario().fromRecordAsOf(day, null);
				Scenario bargained = entry.scenario().fromRecordAsOf(day, new Scenario.BargainingSpec(ROUNDS, null, Map.of()));
				double p = forecasts.compute(plain, false).pConsensus();
				double q = forecasts.compute(bargained, false).pConsensus();
				boolean adopted = bt.adopted();
				rows.add(new Row(entry.key(), day, ChronoUnit.DAYS.between(day, bt.decidedOn()), p, q, bt.outcome(),
						(p >= 0.5) == adopted, (q >= 0.5) == adopted));
			}
		}
		double b1 = rows.stream().mapToDouble(r -> Math.pow(r.pPriors() - (r.outcome().equals("ADOPTED") ? 1 : 0), 2)).average().orElse(0);
		double b2 = rows.stream().mapToDouble(r -> Math.pow(r.pBargained() - (r.outcome().equals("ADOPTED") ? 1 : 0), 2)).average().orElse(0);
		return new Report(List.copyOf(rows), b1, b2);
	}
}
