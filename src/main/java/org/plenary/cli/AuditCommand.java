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
import java.util.List;
import java.util.concurrent.Callable;

import org.plenary.audit.AuditHead;
import org.plenary.audit.AuditKey;
import org.plenary.audit.AuditLog;
import org.plenary.audit.ExportedChain;
import org.plenary.audit.Verification;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code plenary audit verify [--file F] [--head H] [--key-file K]}, {@code plenary audit head} and
 * {@code plenary audit export [--output F]}.
 */
@Command(name = "audit", description = "Verify or export the tamper-evident record, or print its head to publish.",
		subcommands = { AuditCommand.Verify.class, AuditCommand.Head.class, AuditCommand.Export.class })
class AuditCommand {

	static final JsonMapper JSON = JsonMapper.builder()
		.changeDefaultPropertyInclusion(v -> v.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
		.build();

	@Command(name = "verify", description = "Check the whole chain, in the database (links, hashes, MACs, head, and the "
			+ "consensus state re-derived from it) or in an exported file (--file: links always, MACs with --key-file). "
			+ "With --head, also against published heads. Prints {\"valid\", \"events\"}, the first broken entry or the "
			+ "differences; exit status 1 when broken.")
	static class Verify implements Callable<Integer> {

		@Option(names = "--file", description = "An exported chain (JSON Lines) to verify offline, or - for standard input")
		String file;

		@Option(names = "--head", description = "Published heads ({\"seq\", \"hash\"} a line, as 'plenary audit head' prints "
				+ "them): the chain must hold each with the same hash")
		Path heads;

		@Option(names = "--key-file", description = "With --file: the chain's key file, to check the MACs too "
				+ "(default: none, or PLENARY_AUDIT_KEY)")
		Path keyFile;

		@Override
		public Integer call() throws IOException {
			List<AuditHead> anchors = List.of();
			if (heads != null) {
				try (BufferedReader in = Files.newBufferedReader(heads, StandardCharsets.UTF_8)) {
					anchors = ExportedChain.heads(in, JSON);
				}
			}
			Verification result;
			if (file != null) {
				AuditKey key = keyFile != null ? AuditKey.fromExistingFile(keyFile)
						: System.getenv("PLENARY_AUDIT_KEY") != null && !System.getenv("PLENARY_AUDIT_KEY").isBlank()
								? AuditKey.of(System.getenv("PLENARY_AUDIT_KEY"), "PLENARY_AUDIT_KEY") : null;
				try (BufferedReader in = file.equals("-")
						? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
						: Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
					result = ExportedChain.verify(in, JSON, key, anchors);
				}
			}
			else {
				try (ConfigurableApplicationContext context = CommandContext.start()) {
					result = context.getBean(AuditLog.class).verify(anchors);
				}
			}
			System.out.println(JSON.writeValueAsString(result));
			return result.valid() ? 0 : 1;
		}
	}

	@Command(name = "head", description = "Print the chain's head {\"seq\", \"hash\", \"mac\"}: publish it (e.g. in a "
			+ "Plenary's minutes) and keep it; 'plenary audit verify --head FILE' later detects any rewrite up to it.")
	static class Head implements Callable<Integer> {

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = CommandContext.start()) {
				System.out.println(JSON.writeValueAsString(context.getBean(AuditLog.class).head()));
			}
			return 0;
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
