package org.plenary.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.plenary.forecast.Backtest;
import org.plenary.forecast.Forecasts;
import org.plenary.forecast.scenario.Scenario;
import org.plenary.shared.ClientErrorException;
import org.plenary.shared.ItemError;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** {@code plenary forecast --input scenario.json}: the forecast of one scenario, from the public record. */
@Command(name = "forecast", description = "Forecast a scenario (the format of docs/forecasting.md): prints {pConsensus, standardError, method, "
		+ "pivotal: [{pg, pObject, pReserve, gainIfJoins}], minimalPersuasionSet, ...}. Exit status 2 for an unreadable scenario.")
class ForecastCommand implements Callable<Integer> {

	@Option(names = "--input", required = true, description = "The scenario file, or - for standard input")
	String input;

	@Override
	public Integer call() throws IOException {
		JsonNode node;
		try (InputStream in = "-".equals(input) ? System.in : Files.newInputStream(Path.of(input))) {
			node = AuditCommand.JSON.readTree(in);
		}
		catch (JacksonException ex) {
			return error("Unreadable scenario", "The scenario is not valid JSON: " + ex.getOriginalMessage());
		}
		catch (java.nio.file.NoSuchFileException ex) {
			return error("No such file", "No scenario file at " + input + ".");
		}
		try (ConfigurableApplicationContext context = CommandContext.start()) {
			Forecasts forecasts = context.getBean(Forecasts.class);
			Scenario scenario = Scenario.read(node, forecasts.today());
			System.out.println(AuditCommand.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(forecasts.compute(scenario, false)));
			return 0;
		}
		catch (ClientErrorException ex) {
			return error(ex.title(), ex.detail());
		}
	}

	private static int error(String title, String detail) {
		System.out.println(AuditCommand.JSON.writeValueAsString(Map.of("error", new ItemError(title, detail))));
		return 2;
	}

	/** {@code plenary backtest}: each historical scenario forecast as of the days before its decision, beside what happened. */
	@Command(name = "backtest", description = "Forecast each historical scenario as of the days before its decision, from the "
			+ "public record alone, beside what happened; prints a Markdown table and the Brier scores (--json: the rows).")
	static class BacktestCommand implements Callable<Integer> {

		@Option(names = "--json", description = "Print the report as JSON instead of a table")
		boolean asJson;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = CommandContext.start()) {
				Backtest.Report report = Backtest.run(context.getBean(Forecasts.class));
				System.out.print(asJson ? AuditCommand.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n"
						: report.markdown());
			}
			return 0;
		}
	}
}
