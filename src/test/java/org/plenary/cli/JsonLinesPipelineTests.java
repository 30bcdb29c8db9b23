package org.plenary.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class JsonLinesPipelineTests {

	@Test
	void keepsTheInputOrderAcrossBatchesAndCountsErrors() throws Exception {
		StringWriter out = new StringWriter();
		long errors = JsonLinesPipeline.run(new BufferedReader(new StringReader(numbers(10_000))), out,
				(line, text) -> new JsonLinesPipeline.Result(line + ":" + text, line % 1000 == 0));
		assertThat(errors).isEqualTo(10);
		String[] lines = out.toString().split("\n");
		assertThat(lines).hasSize(10_000);
		assertThat(lines[4096]).isEqualTo("4097:4097");
	}

	@Test
	void writesAsBytesWhatItWritesAsCharactersInUtf8() throws Exception {
		String input = numbers(9_000) + "\n  \nlast\n";
		JsonLinesPipeline.LineProcessor process = (line, text) -> new JsonLinesPipeline.Result(
				line % 3 == 0 ? "{\"name\":\"Société Générale d'Études \u65e5\u672c \ud83d\ude00 " + text + "\"}" : text, line % 1000 == 0);
		StringWriter chars = new StringWriter();
		long errorsAsChars = JsonLinesPipeline.run(new BufferedReader(new StringReader(input)), chars, process);
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		long errorsAsBytes = JsonLinesPipeline.run(new BufferedReader(new StringReader(input)), bytes, process);
		assertThat(errorsAsBytes).isEqualTo(errorsAsChars).isEqualTo(9);
		assertThat(bytes.toByteArray()).isEqualTo(chars.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(chars.toString()).contains("\n{\"name\":\"Société Générale").endsWith(" last\"}\n");
		assertThat(chars.toString().split("\n")).hasSize(9_001);
	}

	/** Regression: a batch that failed stopped the writer, and the reader then waited forever on a full queue. */
	@Test
	void aFailingBatchStopsTheRunInsteadOfHangingIt() {
		String input = numbers(50_000);
		assertThatThrownBy(() -> Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> JsonLinesPipeline.run(new BufferedReader(new StringReader(input)), new StringWriter(), (line, text) -> {
					if (line == 5000) {
						throw new OutOfMemoryError("simulated");
					}
					return new JsonLinesPipeline.Result(text, false);
				}))).isNotInstanceOf(org.opentest4j.AssertionFailedError.class);
	}

	private static String numbers(int n) {
		StringBuilder input = new StringBuilder();
		for (int i = 1; i <= n; i++) {
			input.append(i).append('\n');
		}
		return input.toString();
	}
}
