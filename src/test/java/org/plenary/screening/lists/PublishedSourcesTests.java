package org.plenary.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.screening.ListStatus;
import org.plenary.screening.Screening;
import org.plenary.screening.matching.MatchSettings;

/**
 * The US Consolidated Screening List, the EU's financial sanctions list and the UK Sanctions List, each
 * read from a small file written in its publisher's format (header rows, namespace, quoting, multi-valued
 * cells, a BOM, names in Cyrillic, Han and Arabic, two dates of birth); a bad row is reported by its line
 * and the others load; a file that is not the list fails whole.
 */
class PublishedSourcesTests {

	private static ListDefinition.Parsed parse(String id, String folder) throws IOException {
		ListSource source = ListSource.of(fixture(folder).toString());
		ListDefinition list = ListDefinition.of(id);
		return list.parse(source, source.fetch(list.files()));
	}

	static Path fixture(String folder) {
		try {
			return Path.of(PublishedSourcesTests.class.getClassLoader().getResource("screening/sources/" + folder).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ListedParty party(ListDefinition.Parsed parsed, String entryId) {
		return parsed.parties().stream().filter(p -> p.entryId().equals(entryId)).findFirst().orElseThrow();
	}

	@Test
	void readsTheUsConsolidatedScreeningList() throws Exception {
		ListDefinition.Parsed csl = parse("US-CSL", "us-csl");
		assertThat(csl.parties()).extracting(ListedParty::name).containsExactly("KARPOV, Dmitri Alekseyevich",
				"Zenith Photonics Co., Ltd.", "MARLOW AEROSPACE TRADING LLC", "SEA LANTERN");
		ListedParty karpov = party(csl, "SDN-39001");
		assertThat(karpov.list()).isEqualTo("US-CSL");
		assertThat(karpov.type()).isEqualTo("individual");
		assertThat(karpov.aliases()).containsExactly("KARPOV, Dmitry", "КАРПОВ, Дмитрий Алексеевич");
		assertThat(karpov.birthDates()).containsExactly("1970-03-14", "1971");
		assertThat(karpov.countries()).containsExactly("Russia");
		ListedParty zenith = party(csl, "0a9b8c7d6e5f40312233445566778899aabbccdd");
		assertThat(zenith.aliases()).as("an alias in Han").contains("天顶光电有限公司");
		assertThat(zenith.type()).isEqualTo("entity");
		assertThat(zenith.countries()).containsExactly("CN");
		assertThat(party(csl, "SDN-39002").type()).isEqualTo("vessel");
		assertThat(csl.rejected()).as("the row without a name, after a quoted cell spanning two lines")
				.containsExactly("line 6: no name");
		assertThat(csl.publishedFrom()).as("the CSV carries no date").isEqualTo("file-modified");
	}

	@Test
	void readsTheEuFinancialSanctionsXml() throws Exception {
		ListDefinition.Parsed eu = parse("EU-FSF", "eu-fsf");
		assertThat(eu.publishedAt()).isEqualTo(Instant.parse("2026-11-28T16:00:34.049Z"));
		assertThat(eu.publishedFrom()).isEqualTo("file");
		assertThat(eu.parties()).extracting(ListedParty::entryId).containsExactly("EU.9101.55", "EU.9102.31", "EU.9103.12");
		ListedParty sokolov = party(eu, "EU.9101.55");
		assertThat(sokolov.name()).isEqualTo("Pavel Igorevich SOKOLOV");
		assertThat(sokolov.aliases()).containsExactly("Павел Игоревич СОКОЛОВ", "Pavel Igorevitch SOKOLOV");
		assertThat(sokolov.type()).isEqualTo("individual");
		assertThat(sokolov.birthDates()).as("a full date and a year alone").containsExactly("1965-07-02", "1966");
		assertThat(sokolov.countries()).containsExactly("RUSSIAN FEDERATION");
		ListedParty northwind = party(eu, "EU.9102.31");
		assertThat(northwind.type()).isEqualTo("entity");
		assertThat(northwind.countries()).containsExactly("BELARUS");
		ListedParty mansuri = party(eu, "EU.9103.12");
		assertThat(mansuri.aliases()).containsExactly("عبد الكريم المنصوري");
		assertThat(mansuri.birthDates()).as("each year of the range").containsExactly("1974", "1975", "1976");
		assertThat(eu.rejected()).containsExactly("line 35: sanctionEntity EU.9104.07 has no nameAlias with a name");
	}

	@Test
	void readsTheUkSanctionsListCsvWithItsReportDate() throws Exception {
		ListDefinition.Parsed uk = parse("UK", "uk");
		assertThat(uk.publishedAt()).isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
		assertThat(uk.publishedFrom()).isEqualTo("file");
		assertThat(uk.parties()).extracting(ListedParty::entryId).containsExactly("RUS9001", "RUS9002", "RUS9004");
		ListedParty greshnev = party(uk, "RUS9001");
		assertThat(greshnev.name()).isEqualTo("Anatoly Viktorovich GRESHNEV");
		assertThat(greshnev.aliases()).containsExactly("Анатолий Викторович ГРЕШНЕВ", "Anatoliy GRESHNEV");
		assertThat(greshnev.type()).isEqualTo("individual");
		assertThat(greshnev.birthDates()).as("two rows, two dates; dd/mm where the day and month are unknown")
				.containsExactly("1968-04-12", "1969");
		assertThat(greshnev.countries()).containsExactly("Russia");
		assertThat(party(uk, "RUS9002").aliases()).containsExactly("АО «Корвус Оборонные Системы»");
		assertThat(party(uk, "RUS9004").type()).isEqualTo("ship");
		assertThat(uk.rejected()).containsExactly("line 6: no Unique ID");
	}

	@Test
	void aFileThatIsNotTheListFailsWholeAndSaysWhy(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve(ConsolidatedScreeningList.FILE), "<html><body>Service unavailable</body></html>\n");
		Files.writeString(folder.resolve(UkSanctionsList.FILE), "Report Date: 21-Nov-2026\nname,country\nX,Y\n");
		Files.writeString(folder.resolve(EuFinancialSanctions.FILE), "<?xml version=\"1.0\"?><CONSOLIDATED_LIST/>");
		ListSource source = ListSource.of(folder.toString());
		for (String id : List.of("US-CSL", "UK", "EU-FSF")) {
			ListDefinition list = ListDefinition.of(id);
			assertThatThrownBy(() -> list.parse(source, source.fetch(list.files()))).as(id).isInstanceOf(IOException.class)
					.hasMessageContaining(list.files().get(0)).hasMessageMatching(".*(header row|not the EU).*");
		}
	}

	@Test
	void aListWithoutAShippedFileIsNotConfiguredByDefaultAndNeverShownAsCurrent() {
		Screening screening = new Screening(null, MatchSettings.defaults());
		ListStatus csl = screening.lists().stream().filter(l -> l.id().equals("US-CSL")).findFirst().orElseThrow();
		assertThat(csl.status()).isEqualTo("NOT_CONFIGURED");
		assertThat(csl.parties()).isZero();
		assertThat(csl.version()).isNull();
		assertThat(csl.publishedAt()).isNull();
		assertThat(csl.source()).isEqualTo("not configured");
		assertThat(csl.error()).contains("plenary.screening.lists.us-csl.source")
				.contains("https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv");
		assertThat(screening.warnings()).anySatisfy(w -> assertThat(w).startsWith("EU-FSF is not loaded: ")
				.contains("plenary.screening.lists.eu-fsf.source").endsWith("Names are not screened against it."));
		assertThat(screening.lists()).filteredOn(l -> l.id().equals("OFAC-SDN")).first()
				.satisfies(l -> assertThat(l.status()).isEqualTo("LOADED"));
	}

	@Test
	void theNewListsAreScreenedAgainstOnceTheirSourceIsSet() {
		Screening screening = new Screening(java.util.Map.of("EU-FSF", ListSource.of(fixture("eu-fsf").toString()), "UK",
				ListSource.of(fixture("uk").toString()), "US-CSL", ListSource.of(fixture("us-csl").toString())),
				MatchSettings.defaults(), java.time.Duration.ofDays(7), java.time.Clock.systemUTC());
		assertThat(screening.screen("Pavel Sokolov", 5)).first().satisfies(h -> {
			assertThat(h.list()).isEqualTo("EU-FSF");
			assertThat(h.entryId()).isEqualTo("EU.9101.55");
		});
		assertThat(screening.screen("Corvus Defence Systems", 5)).extracting(Screening.ListHit::list).contains("UK");
		assertThat(screening.screen("Marlow Aerospace Trading", 5)).extracting(Screening.ListHit::list).contains("US-CSL");
		ListStatus uk = screening.lists().stream().filter(l -> l.id().equals("UK")).findFirst().orElseThrow();
		assertThat(uk.rejectedRows()).isEqualTo(1);
		assertThat(screening.warnings()).anySatisfy(w -> assertThat(w).startsWith("UK: 1 row of version 1 could not be read, so not screened against")
				.contains("line 6: no Unique ID"));
	}

	@Test
	void sdnRemarksGiveDatesOfBirthAndNationalities() throws Exception {
		List<ListedParty> sdn = PublishedLists.ofacSdn(PublishedListsTests::classpath);
		ListedParty fadlallah = sdn.stream().filter(p -> p.entryId().equals("2679")).findFirst().orElseThrow();
		assertThat(fadlallah.birthDates()).as("DOB 1938; alt. DOB 1936").containsExactly("1938", "1936");
		ListedParty abbas = sdn.stream().filter(p -> p.entryId().equals("2674")).findFirst().orElseThrow();
		assertThat(abbas.birthDates()).containsExactly("1948-12-10");
		assertThat(sdn.stream().filter(p -> !p.birthDates().isEmpty()).count()).as("individuals with a DOB remark")
				.isGreaterThan(3000);
		assertThat(PublishedLists.remarked("DOB 14 Mar 1970; nationality Iran; alt. nationality Iraq.", java.util.regex.Pattern
				.compile("(?:^|;)\\s*(?:alt\\.\\s*)?(?:nationality|citizen)\\s+([^;]+)"))).containsExactly("Iran", "Iraq");
	}

	@Test
	void unIndividualsCarryTheirDatesOfBirthAndNationalities() throws Exception {
		String xml = """
				<CONSOLIDATED_LIST dateGenerated="2026-11-01T00:00:00Z"><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>
				<FIRST_NAME>TAREK</FIRST_NAME><SECOND_NAME>HADDAD</SECOND_NAME><REFERENCE_NUMBER>QDi.900</REFERENCE_NUMBER>
				<DESIGNATION><VALUE>Commander</VALUE></DESIGNATION>
				<NATIONALITY><VALUE>Syrian Arab Republic</VALUE></NATIONALITY>
				<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1970-03-14</DATE></INDIVIDUAL_DATE_OF_BIRTH>
				<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1962</FROM_YEAR><TO_YEAR>1964</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
				<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1966</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
				</INDIVIDUAL></INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>""";
		ListedParty tarek = UnConsolidatedList.read(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).get(0);
		assertThat(tarek.countries()).as("the nationality, not the designation's VALUE").containsExactly("Syrian Arab Republic");
		assertThat(tarek.birthDates()).containsExactly("1970-03-14", "1962", "1963", "1964", "1966");
		List<ListedParty> shipped = PublishedLists.unConsolidated(PublishedListsTests::classpath);
		assertThat(shipped.stream().filter(p -> !p.birthDates().isEmpty()).count()).isGreaterThan(600);
	}

	@Test
	void datesOfBirthAreKeptAtThePrecisionPublished() {
		assertThat(BirthDates.read("14 Mar 1970")).containsExactly("1970-03-14");
		assertThat(BirthDates.read("Mar 1970")).containsExactly("1970-03");
		assertThat(BirthDates.read("circa 1970.")).containsExactly("1970~");
		assertThat(BirthDates.read("circa 14 Mar 1970")).containsExactly("1970-03-14~");
		assertThat(BirthDates.read("1962 to 1964")).containsExactly("1962", "1963", "1964");
		assertThat(BirthDates.read("01 Jan 1962 to 31 Dec 1963")).containsExactly("1962", "1963");
		assertThat(BirthDates.read("1962-1964")).containsExactly("1962", "1963", "1964");
		assertThat(BirthDates.read("12/04/1968")).containsExactly("1968-04-12");
		assertThat(BirthDates.read("dd/04/1968")).containsExactly("1968-04");
		assertThat(BirthDates.read("dd/mm/1968")).containsExactly("1968");
		assertThat(BirthDates.read("1970-02-30")).as("an impossible day keeps the month").containsExactly("1970-02");
		assertThat(BirthDates.read("1900 to 1990")).as("too wide to say anything").isEmpty();
		assertThat(BirthDates.read("unknown")).isEmpty();
	}
}
