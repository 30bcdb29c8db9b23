package org.plenary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plenary screen} reads a party's country and date of birth, says what they did, and names a bad one. */
class ScreenCommandTests {

	@TempDir
	Path dir;

	@Test
	void aCountryCorroboratesAHitAndOneThatIsNotACountryIsAnErrorLineNamingTheField() throws Exception {
		Path in = dir.resolve("parties.jsonl");
		Path out = dir.resolve("hits.jsonl");
		Files.write(in, List.of(
				"{\"id\":\"p1\",\"name\":\"Banco Nacional de Cuba\",\"country\":\"Spain\",\"dateOfBirth\":\"1950\"}",
				"{\"id\":\"p2\",\"name\":\"Banco Nacional de Cuba\",\"country\":\"Narnia\"}",
				"{\"id\":\"p3\",\"name\":\"Banco Nacional de Cuba\"}"), StandardCharsets.UTF_8);
		int status = PlenaryCommand.execute("screen", "--input", in.toString(), "--output", out.toString(), "--limit", "1");
		assertThat(status).as("exit status: one party could not be read").isEqualTo(2);
		List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).contains("\"entryId\":\"306\"").contains("\"nameScore\":1.0")
			.contains("country ES agrees with the list's CH, ES, JP, PA: +0.02")
			.contains("date of birth 1950: the list gives none, no change");
		assertThat(lines.get(1)).startsWith("{\"line\":2,\"error\":").contains("'country' must be a country's ISO 3166-1 alpha-2 code")
			.contains("Narnia");
		assertThat(lines.get(2)).contains("\"entryId\":\"306\"").doesNotContain("corroboration").doesNotContain("nameScore");
	}
}
