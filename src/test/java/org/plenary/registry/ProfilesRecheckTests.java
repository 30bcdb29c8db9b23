package org.plenary.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The regime-membership facts corrected against the regimes' own lists and the CTBTO's records. */
class ProfilesRecheckTests {

	private static final RegistrySnapshot REGISTRY = ReferenceDataTests.REGISTRY;

	@Test
	void mexicoJoinedTheAustraliaGroupOn12August2013() {
		assertThat(REGISTRY.inForce("MX", LocalDate.of(2013, 8, 11)).get(FactKind.AUSTRALIA_GROUP)).isNull();
		Fact member = current("MX", FactKind.AUSTRALIA_GROUP, LocalDate.of(2013, 8, 12));
		assertThat(member.value()).isEqualTo("MEMBER");
		assertThat(member.verified()).isTrue();
		assertThat(member.links()).extracting(SourceLink::key).contains("P2");
	}

	@Test
	void australiaGroupMembersCarryTheirYearOfJoining() {
		assertThat(REGISTRY.inForce("UA", LocalDate.of(2004, 12, 31)).get(FactKind.AUSTRALIA_GROUP)).isNull();
		assertThat(current("UA", FactKind.AUSTRALIA_GROUP, LocalDate.of(2005, 1, 1)).value()).isEqualTo("MEMBER");
		assertThat(current("KZ", FactKind.AUSTRALIA_GROUP, LocalDate.of(2016, 1, 1)).value())
				.isEqualTo("UNILATERAL_ADHERENT");
	}

	@Test
	void mexicoJoinedWassenaarInJanuary2012AndIndiaInDecember2017() {
		assertThat(current("MX", FactKind.WASSENAAR, LocalDate.of(2012, 1, 25)).value()).isEqualTo("MEMBER");
		assertThat(REGISTRY.inForce("MX", LocalDate.of(2012, 1, 24)).get(FactKind.WASSENAAR)).isNull();
		assertThat(current("IN", FactKind.WASSENAAR, LocalDate.of(2017, 12, 8)).value()).isEqualTo("MEMBER");
		assertThat(current("IS", FactKind.WASSENAAR, LocalDate.of(2020, 1, 1)).value()).isEqualTo("NON_MEMBER");
	}

	@Test
	void turkeysCtbtRatificationIsKnownToTheMonthOnly() {
		Fact turkey = current("TR", FactKind.CTBT, LocalDate.of(2000, 2, 1));
		assertThat(turkey.value()).isEqualTo("RATIFIED");
		assertThat(turkey.fromPrecision()).isEqualTo(Precision.MONTH);
		assertThat(current("FR", FactKind.CTBT, LocalDate.of(1998, 4, 6)).verified()).isTrue();
	}

	@Test
	void noVerifiedFactSaysItIsFromMemory() {
		assertThat(ReferenceDataTests.DATA.facts()).allSatisfy(f -> {
			String note = f.fact().note() == null ? "" : f.fact().note().toLowerCase();
			String source = f.fact().source().toLowerCase();
			assertThat(source + " " + note).as(f.state() + " " + f.fact().kind())
					.doesNotContain("nsg-domain", "general knowledge", "[u]", "[v]", "[p]");
			if (f.fact().verified()) {
				assertThat(note).as(f.state() + " " + f.fact().kind()).doesNotContain("memory", "unverified");
			}
		});
	}

	private static Fact current(String code, FactKind kind, LocalDate day) {
		List<Fact> facts = REGISTRY.inForce(code, day).get(kind);
		assertThat(facts).as(code + " " + kind + " on " + day).isNotEmpty();
		return facts.get(facts.size() - 1);
	}
}
