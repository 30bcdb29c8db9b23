package org.plenary.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.plenary.audit.AuditLog;
import org.plenary.audit.Verification;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import tools.jackson.databind.json.JsonMapper;

/** {@code plenary audit verify [--file F]} and {@code plenary audit export [--output F]}. */
@Command(name = "audit", description = "Verify or export the tamper-evident record.",
		subcommands = { AuditCommand.Verify.class, AuditCommand.Export.class })
class AuditCommand {

	static final JsonMapper JSON = JsonMapper.builder()
		.changeDefaultPropertyInclusion(v -> v.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
		.build();

	@Command(name = "verify", description = "Check the whole hash chain, in the database or in an exported file "
			+ "(--file). Prints {\"valid\", \"events\"} or the first broken entry; exit status 1 when broken.")
	static class Verify implements Callable<Integer> {

		@Option(names = "--file", description = "An exported chain (JSON Lines) to verify offline, or - for standard input")
		String file;

		@Override
		public Integer call() throws IOException {
			Verification result;
			if (file != null) {
				try (BufferedReader in = file.equals("-")
						? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
						: Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
					result = AuditLog.verify(in, JSON);
				}
			}
			else {
				try (ConfigurableApplicationContext context = CommandContext.start()) {
					result = context.getBean(AuditLog.class).verify();
				}
			}
			System.out.println(JSON.writeValueAsString(result));
			return result.valid() ? 0 : 1;
		}
	}

	@Command(name = "export", description = "Write the whole chain as JSON Lines, oldest entry first.")
	static class Export implements Callable<Integer> {

		@Option(names = "--output", description = "File to write (default: standard output)")
		String output;

		@Override
		public Integer call() throws IOException {
			try (ConfigurableApplicationContext context = CommandContext.start();
					Writer out = output == null || output.equals("-")
							? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
							: Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)) {
				long count = context.getBean(AuditLog.class).export(out);
				out.flush();
				System.err.println("exported " + count + " entries");
			}
			return 0;
		}
	}
}
