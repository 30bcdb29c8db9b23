package org.plenary.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.registry.reference.ReferenceData;

/**
 * The NPT, safeguards and Additional Protocol facts of states/npt-safeguards.csv: each fact carries
 * its own sources, verified flag and note, as re-checked in docs/data-npt-recheck.md.
 */
class NptSafeguardsBaselineTests {

	static final ReferenceData DATA = ReferenceDataTests.DATA;
	static final RegistrySnapshot REGISTRY = ReferenceDataTests.REGISTRY;
	static final LocalDate TODAY = ReferenceDataTests.TODAY;

	@Test
	void eachFactOfAStateCitesItsOwnSource() {
		Fact safeguards = current("SA", FactKind.SAFEGUARDS);
		Fact npt = current("SA", FactKind.NPT);
		assertThat(safeguards.links()).extracting(SourceLink::key).contains("N4");
		assertThat(npt.links()).extracting(SourceLink::key).doesNotContain("N4");
	}

	@Test
	void saudiArabiasSmallQuantitiesProtocolIsNoLongerShown() {
		Fact safeguards = current("SA", FactKind.SAFEGUARDS);
		assertThat(safeguards.value()).isEqualTo("CSA");
		assertThat(safeguards.note()).doesNotStartWith("With a small quantities protocol").contains("rescinded");
	}

	@Test
	void egyptsNptDateIsTheDepositaryRecord() {
		Fact npt = current("EG", FactKind.NPT);
		assertThat(npt.validFrom()).isEqualTo(LocalDate.of(1981, 2, 26));
		assertThat(npt.fromPrecision()).isEqualTo(Precision.DAY);
		assertThat(npt.verified()).isTrue();
		assertThat(npt.links()).extracting(SourceLink::url).anyMatch(u -> u.contains("disarmament.un.org"));
		assertThat(npt.links().get(0).primary()).isTrue();
	}

	@Test
	void aFactCanBeVerifiedWhileItsDateIsNotRecorded() {
		Fact ap = current("AF", FactKind.ADDITIONAL_PROTOCOL);
		assertThat(ap.verified()).isTrue();
		assertThat(ap.since()).isEqualTo("not recorded");
		assertThat(ap.note()).contains("not found");
	}

	@Test
	void disputedDatesStayUnverifiedWithTheDisagreementInTheNote() {
		for (String code : List.of("AE", "TJ")) {
			Fact npt = current(code, FactKind.NPT);
			assertThat(npt.verified()).as(code).isFalse();
			assertThat(npt.note()).as(code).contains("disagree");
		}
	}

	@Test
	void theBahamasIsAPartyFromIndependenceBySuccession() {
		assertThat(REGISTRY.nptStatus(REGISTRY.inForce("BS", LocalDate.of(1973, 7, 10)))).isEqualTo(NptStatus.NNWS_PARTY);
		assertThat(current("BS", FactKind.NPT).note()).startsWith("By succession.");
	}

	@Test
	void noNoteOfTheTableCarriesAnAuthoringMarker() throws IOException {
		String table;
		try (InputStream in = getClass().getResourceAsStream("/reference/states/npt-safeguards.csv")) {
			table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(table).doesNotContain("nsg-domain", "DESIGN.md", "from memory", "general knowledge", "[U]", "[V]", "[P]",
				"not retrieved");
	}

	private static Fact current(String code, FactKind kind) {
		List<Fact> facts = REGISTRY.inForce(code, TODAY).get(kind);
		assertThat(facts).as(code + " " + kind).isNotEmpty();
		return facts.get(facts.size() - 1);
	}
}
