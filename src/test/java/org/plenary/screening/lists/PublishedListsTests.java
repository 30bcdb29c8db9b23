package org.plenary.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.screening.Screening;
import org.plenary.screening.matching.MatchSettings;

/** The published lists, read in their own formats from the shipped snapshots; broken files are skipped alone. */
class PublishedListsTests {

	@Test
	void readsTheWholeOfacSdnListWithAliasesAndCountries() throws Exception {
		List<ListedParty> sdn = PublishedLists.ofacSdn(PublishedListsTests::classpath);
		assertThat(sdn).hasSize(8976);
		ListedParty bnc = sdn.stream().filter(p -> p.entryId().equals("306")).findFirst().orElseThrow();
		assertThat(bnc.name()).isEqualTo("BANCO NACIONAL DE CUBA");
		assertThat(bnc.aliases()).contains("NATIONAL BANK OF CUBA");
		assertThat(bnc.countries()).contains("Switzerland");
	}

	@Test
	void readsTheDeniedPersonsList() throws Exception {
		List<ListedParty> dpl = PublishedLists.bisDpl(PublishedListsTests::classpath);
		assertThat(dpl).as("581 rows, one per party and address").hasSize(499);
		assertThat(dpl).anySatisfy(p -> assertThat(p.name()).isEqualTo("AARON ABRAHAM VILLA"));
	}

	@Test
	void readsTheUnConsolidatedListIndividualsAndEntities() throws Exception {
		List<ListedParty> un = PublishedLists.unConsolidated(PublishedListsTests::classpath);
		assertThat(un).hasSize(730 + 273);
		assertThat(un).anySatisfy(p -> {
			assertThat(p.entryId()).isEqualTo("CDi.001");
			assertThat(p.name()).isEqualTo("ERIC BADEGE");
			assertThat(p.type()).isEqualTo("individual");
		});
	}

	@Test
	void aCorruptOrMissingFileIsReportedAndTheOtherListsStillServe(@TempDir Path folder) throws Exception {
		for (String file : List.of("sdn.csv", "alt.csv", "add.csv", "dpl.txt")) {
			try (var in = PublishedListsTests.classpath(file)) {
				Files.copy(in, folder.resolve(file));
			}
		}
		Files.writeString(folder.resolve("dpl.txt"), "this is not the DPL header\n\"x\"\n");
		ListLoader.Loaded loaded = ListLoader.load(folder.toString());
		assertThat(loaded.report().get("OFAC-SDN")).startsWith("loaded 8976");
		assertThat(loaded.report().get("BIS-DPL")).startsWith("skipped").contains("header");
		assertThat(loaded.report().get("UN")).startsWith("skipped: file missing");
		Screening screening = new Screening(folder.toString(), MatchSettings.defaults());
		assertThat(screening.screen("Banco Nacional de Cuba", 5)).extracting(Screening.ListHit::entryId).contains("306");
	}

	@Test
	void screeningFindsAVariantSpellingThroughTheIndex() {
		Screening screening = new Screening(null, MatchSettings.defaults());
		assertThat(screening.parties()).isGreaterThan(10_000);
		List<Screening.ListHit> hits = screening.screen("National Bank of Cuba", 5);
		assertThat(hits).first().satisfies(h -> {
			assertThat(h.list()).isEqualTo("OFAC-SDN");
			assertThat(h.entryId()).isEqualTo("306");
			assertThat(h.explanation()).contains("cuba=cuba");
		});
		assertThat(screening.screen("Zyxwvut Qqqq", 5)).isEmpty();
	}

	static java.io.InputStream classpath(String file) throws java.io.IOException {
		var in = PublishedListsTests.class.getClassLoader().getResourceAsStream("screening/" + file);
		if (in == null) {
			throw new FileNotFoundException(file);
		}
		return in;
	}

}
