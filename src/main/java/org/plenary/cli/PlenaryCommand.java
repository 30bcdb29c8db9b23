package org.plenary.cli;

import java.util.concurrent.Callable;

import org.plenary.shared.EmbeddedDatabase;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code plenary}: with no command, serves the web UI and API. Exit status 0 on success, 2 when some
 * input could not be read (the rest was still processed), 1 on failure.
 */
@Command(name = "plenary", mixinStandardHelpOptions = true, version = "Plenary 0.1.0",
		description = "An open platform for a consensus-based export-control regime (the NSG first).",
		subcommands = { ServeCommand.class, AssessCommand.class, ListsCommand.class, ScreenCommand.class, MatchCommand.class,
				AssessParticipationCommand.class, ForecastCommand.class, ForecastCommand.BacktestCommand.class,
				AuditCommand.class, DataCommand.class, BrokerCommand.class, StreamCommand.class })
public class PlenaryCommand implements Callable<Integer> {

	/** Returned by commands that leave the application running (the server). */
	public static final int KEEP_RUNNING = Integer.MIN_VALUE;

	public static void main(String[] args) {
		EmbeddedDatabase.bindServerToLoopback(); // before H2 is loaded: its auto-server listens on 127.0.0.1 only
		if (args.length > 0 && java.util.Set.of("lists", "screen", "match", "broker", "stream").contains(args[0])) {
			System.setProperty("logback.configurationFile", "logback-cli.xml");
		}
		int status = execute(args);
		if (status != KEEP_RUNNING) {
			System.exit(status);
		}
	}

	public static int execute(String... args) {
		// No command, or options only (./plenary --port 9090, ./plenary --plenary.demo.enabled=true): serve.
		boolean optionsOnly = args.length > 0 && args[0].startsWith("--")
				&& !java.util.Set.of("--help", "--version").contains(args[0]);
		String[] effective = args.length == 0 ? new String[] { "serve" } : args;
		if (optionsOnly) {
			effective = new String[args.length + 1];
			effective[0] = "serve";
			System.arraycopy(args, 0, effective, 1, args.length);
		}
		CommandLine line = new CommandLine(new PlenaryCommand());
		line.setExecutionExceptionHandler((ex, cmd, parsed) -> {
			cmd.getErr().println("plenary: " + Failures.describe(ex));
			return 1;
		});
		return line.execute(effective);
	}

	@Override
	public Integer call() {
		return new ServeCommand().call();
	}
}
