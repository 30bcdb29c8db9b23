package org.plenary.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The counts of facts by how they are verified, and docs/data.md, whose table must be what the tool
 * computes now. To regenerate the table after changing the data:
 * {@code ./mvnw -o -q -Pfast test -Dtest=DatasetCountsTests -Dplenary.data.regenerate=true}.
 */
class DatasetCountsTests {

	private static final Path DOC = Path.of("docs/data.md");
	private static final String BEGIN = "<!-- counts:begin -->\n";
	private static final String END = "<!-- counts:end -->";

	@Test
	void countsFactsByHowTheyAreVerified() {
		String sources = "key,title,url,kind\nP1,Official,https://gov.example/a,PRIMARY\nS1,Press,https://news.example/b,SECONDARY\n";
		String facts = "state,source,verified,note\nAA,P1 | S1,true,\nBB,S1 press report,true,\nCC,,false,Date not confirmed\n"
				+ "DD,a document without address,true,\n";
		DatasetCounts counts = DatasetCounts.of(Map.of("sources.csv", sources, "x/facts.csv", facts));
		assertThat(counts.files()).containsOnlyKeys("x/facts.csv");
		assertThat(counts.total()).isEqualTo(new DatasetCounts.Count(4, 1, 1, 1, 1));
		assertThat(counts.totalsLine()).isEqualTo("**Total: 4 facts; 1 verified against a primary source, 1 verified against "
				+ "secondary sources only, 1 marked verified without a source listed in sources.csv, 1 unverified.**");
	}

	@Test
	void readsNotesFromASiblingFileAndFactsFromJson() {
		String sources = "key,title,url,kind\nP1,Official,https://gov.example/a,PRIMARY\n";
		DatasetCounts counts = DatasetCounts.of(Map.of("sources.csv", sources, "s/base.csv", "iso2,source,verified\nAA,P1,true\n",
				"s/base-notes.csv", "iso2,name,notes\nAA,A,x\n", "c/set.json",
				"{\"source\": \"P1\", \"items\": [{\"source\": \"\", \"verified\": false, \"note\": \"wording\"}]}"));
		assertThat(counts.files()).containsOnlyKeys("s/base.csv", "c/set.json");
		assertThat(counts.files().get("c/set.json")).isEqualTo(new DatasetCounts.Count(1, 0, 0, 0, 1));
	}

	@Test
	void docsDataShowsTheCountsOfTheDataAsShipped() throws IOException {
		String generated = DatasetCounts.ofDirectory(ReferenceDataCitationTests.ROOT).markdown();
		String doc = Files.readString(DOC, StandardCharsets.UTF_8);
		int begin = doc.indexOf(BEGIN);
		int end = doc.indexOf(END);
		assertThat(begin).as("docs/data.md has the counts markers").isNotNegative();
		if (Boolean.getBoolean("plenary.data.regenerate")) {
			doc = doc.substring(0, begin + BEGIN.length()) + generated + doc.substring(end);
			Files.writeString(DOC, doc, StandardCharsets.UTF_8);
		}
		String shown = doc.substring(doc.indexOf(BEGIN) + BEGIN.length(), doc.indexOf(END));
		String totals = DatasetCounts.ofDirectory(ReferenceDataCitationTests.ROOT).totalsLine();
		assertThat(shown).as("docs/data.md is stale: regenerate it with ./mvnw -o -q -Pfast test -Dtest=DatasetCountsTests "
				+ "-Dplenary.data.regenerate=true").contains(totals).isEqualTo(generated);
	}
}
