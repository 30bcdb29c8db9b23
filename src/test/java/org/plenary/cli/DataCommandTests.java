package org.plenary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.plenary.registry.DatasetCounts;

/** {@code plenary data counts}: the table of facts by how they are verified, from the shipped data or a directory. */
class DataCommandTests {

	@Test
	void printsTheCountsOfTheShippedDataAndOfADirectory() {
		String expected = DatasetCounts.ofDirectory(Path.of("src/main/resources/reference")).totalsLine();
		assertThat(run("data", "counts")).contains("| File | Facts |").contains("`states/profiles.csv`").contains(expected);
		assertThat(run("data", "counts", "--dir", "src/main/resources/reference")).contains(expected);
	}

	private static String run(String... args) {
		PrintStream before = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			assertThat(PlenaryCommand.execute(args)).isZero();
		}
		finally {
			System.setOut(before);
		}
		return out.toString(StandardCharsets.UTF_8);
	}
}
