package org.plenary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch commands start their own small context on an embedded database (as {@code ./plenary
 * assess} does) and answer: a regression test for a context that compiled but could not start.
 */
class BatchCommandTests {

	@TempDir
	Path dir;

	@BeforeEach
	void ownDatabase() {
		System.setProperty("spring.datasource.url",
				"jdbc:h2:file:" + dir.resolve("db") + ";LOCK_TIMEOUT=20000;WRITE_DELAY=0");
		System.setProperty("plenary.audit.key-file", dir.resolve("audit.key").toString());
	}

	@AfterEach
	void clear() {
		System.clearProperty("spring.datasource.url");
		System.clearProperty("plenary.audit.key-file");
	}

	@Test
	void assessStartsItsContextAndAnswersEachLineInOrder() throws Exception {
		Path in = dir.resolve("transfers.jsonl");
		Path out = dir.resolve("decisions.jsonl");
		Files.write(in, List.of(
				"{\"id\":\"t-001\",\"date\":\"2009-06-01\",\"supplier\":\"RU\",\"recipient\":\"IN\",\"item\":{\"list\":\"TRIGGER\","
						+ "\"entry\":\"1.1\"},\"endUser\":{\"name\":\"NPCIL\",\"country\":\"IN\"},\"endUse\":{\"activity\":\"SAFEGUARDED_NUCLEAR\"}}",
				"{not json",
				"{\"id\":\"t-003\",\"date\":\"2007-06-01\",\"supplier\":\"RU\",\"recipient\":\"IN\",\"item\":{\"list\":\"TRIGGER\","
						+ "\"entry\":\"1.1\"},\"endUser\":{\"name\":\"NPCIL\",\"country\":\"IN\"},\"endUse\":{\"activity\":\"SAFEGUARDED_NUCLEAR\"}}"),
				StandardCharsets.UTF_8);
		int status = PlenaryCommand.execute("assess", "--input", in.toString(), "--output", out.toString());
		assertThat(status).as("exit status: one line could not be read").isEqualTo(2);
		List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).contains("\"id\":\"t-001\"").contains("\"outcome\":\"APPROVE");
		assertThat(lines.get(1)).startsWith("{\"line\":2,\"error\":");
		assertThat(lines.get(2)).contains("\"id\":\"t-003\"").contains("\"outcome\":\"DENY\"");
	}
}
