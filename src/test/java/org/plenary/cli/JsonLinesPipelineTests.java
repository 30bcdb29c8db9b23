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
