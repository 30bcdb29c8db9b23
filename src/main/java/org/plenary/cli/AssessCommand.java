package org.plenary.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.plenary.licensing.TransferAssessor;
import org.plenary.licensing.TransferJson;
import org.plenary.shared.ClientErrorException;
import org.plenary.shared.ItemError;
import org.plenary.shared.JsonErrors;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code plenary assess [--input FILE|-] [--output FILE|-]}: transfers in, one JSON object a line;
 * one decision out per line, in the same order. A line that cannot be read gives
 * {@code {"line": N, "error": {"title", "detail"}}} in its place; the exit status is then 2.
 */
@Command(name = "assess", description = "Assess transfers (JSON Lines in, decisions out, same order). Exit status 2 "
		+ "when some line could not be read; the others are still assessed.")
class AssessCommand implements Callable<Integer> {

	@Option(names = "--input", defaultValue = "-", description = "Transfers, one JSON object a line (default: standard input)")
	String input;

	@Option(names = "--output", defaultValue = "-", description = "Decisions (default: standard output)")
	String output;

	static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.changeDefaultPropertyInclusion(v -> v.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
		.build();

	@Override
	public Integer call() throws IOException {
		try (ConfigurableApplicationContext context = BatchContext.start();
				BufferedReader in = reader(input);
				OutputStream out = stream(output)) {
			TransferAssessor assessor = context.getBean(TransferAssessor.class);
			TransferJson codec = new TransferJson(JSON);
			long errors = JsonLinesPipeline.run(in, out, (line, text) -> assess(assessor, codec, line, text));
			if (errors > 0) {
				System.err.println("plenary: " + errors + " line(s) could not be assessed; see their error records");
			}
			return errors > 0 ? 2 : 0;
		}
	}

	static JsonLinesPipeline.Result assess(TransferAssessor assessor, TransferJson codec, long line, String text) {
		try {
			return new JsonLinesPipeline.Result(codec.write(assessor.assess(codec.read(text))), false);
		}
		catch (ClientErrorException ex) {
			return error(line, ex.title(), ex.detail());
		}
		catch (RuntimeException ex) {
			return error(line, "Unreadable transfer", JsonErrors.describe(ex));
		}
	}

	static JsonLinesPipeline.Result error(long line, String title, String detail) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("line", line);
		record.put("error", new ItemError(title, detail));
		return new JsonLinesPipeline.Result(JSON.writeValueAsString(record), true);
	}

	static BufferedReader reader(String input) throws IOException {
		return input.equals("-") ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16)
				: Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
	}

	/** The output as bytes, buffered: a batch writes UTF-8 it has encoded on its worker threads. */
	static OutputStream stream(String output) throws IOException {
		return new BufferedOutputStream(output.equals("-") ? System.out : Files.newOutputStream(Path.of(output)), 1 << 16);
	}

	static Writer writer(String output) throws IOException {
		return new BufferedWriter(output.equals("-") ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
				: Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8), 1 << 16);
	}
}
