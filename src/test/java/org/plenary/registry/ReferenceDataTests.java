package org.plenary.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.plenary.registry.reference.ReferenceData;

/**
 * The shipped reference data, read as the registry reads it, checked against the facts of
 * nsg-domain.md. No database: the snapshot is built straight from the parsed files.
 */
class ReferenceDataTests {

	static final ReferenceData DATA = ReferenceData.load();
	static final RegistrySnapshot REGISTRY = new RegistrySnapshot(DATA.states(), DATA.facts(), DATA.participations(),
			DATA.sources());

	/** The 48 PGs and their year of adherence, from the NSG Participants page (nsg-domain.md §2.1). */
	static final Map<String, Integer> PG_YEARS = Map.ofEntries(Map.entry("AR", 1994), Map.entry("AU", 1978),
			Map.entry("AT", 1991), Map.entry("BY", 2000), Map.entry("BE", 1978), Map.entry("BR", 1996),
			Map.entry("BG", 1984), Map.entry("CA", 1974), Map.entry("CN", 2004), Map.entry("HR", 2005),
			Map.entry("CY", 2000), Map.entry("CZ", 1993), Map.entry("DK", 1984), Map.entry("EE", 2004),
			Map.entry("FI", 1980), Map.entry("FR", 1974), Map.entry("DE", 1974), Map.entry("GR", 1984),
			Map.entry("HU", 1985), Map.entry("IS", 2009), Map.entry("IE", 1984), Map.entry("IT", 1978),
			Map.entry("JP", 1974), Map.entry("KZ", 2002), Map.entry("KR", 1995), Map.entry("LV", 1997),
			Map.entry("LT", 2004), Map.entry("LU", 1984), Map.entry("MT", 2004), Map.entry("MX", 2012),
			Map.entry("NL", 1978), Map.entry("NZ", 1994), Map.entry("NO", 1989), Map.entry("PL", 1978),
			Map.entry("PT", 1986), Map.entry("RO", 1990), Map.entry("RU", 1974), Map.entry("RS", 2013),
			Map.entry("SK", 1993), Map.entry("SI", 2000), Map.entry("ZA", 1995), Map.entry("ES", 1988),
			Map.entry("SE", 1978), Map.entry("CH", 1978), Map.entry("TR", 2000), Map.entry("UA", 1996),
			Map.entry("GB", 1974), Map.entry("US", 1974));

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	@Test
	void knowsEveryUnMemberStatePlusTheHolySeeAndPalestine() {
		assertThat(DATA.states()).hasSize(195);
		assertThat(DATA.states().stream().filter(State::unMember)).hasSize(193);
		assertThat(DATA.states().stream().filter(s -> !s.unMember()).map(State::code)).containsExactlyInAnyOrder("VA", "PS");
	}

	@Test
	void rosterHasTheFortyEightParticipatingGovernmentsWithTheirYears() {
		assertThat(REGISTRY.roster("NSG", TODAY).participants()).containsExactlyInAnyOrderElementsOf(PG_YEARS.keySet());
		Map<String, Integer> years = DATA.participations().stream()
				.collect(Collectors.toMap(Participation::state, p -> p.validFrom().getYear()));
		assertThat(years).isEqualTo(PG_YEARS);
	}

	@Test
	void rosterHadFortyFivePgsWhenTheIndiaStatementWasAdopted() {
		List<String> roster = REGISTRY.roster("NSG", LocalDate.of(2008, 9, 6)).participants();
		assertThat(roster).hasSize(45).doesNotContain("IS", "MX", "RS");
	}

	@Test
	void rosterReachesFortyEightWithSerbiaIn2013() {
		assertThat(REGISTRY.roster("NSG", LocalDate.of(2012, 12, 31)).participants()).hasSize(47).doesNotContain("RS");
		assertThat(REGISTRY.roster("NSG", LocalDate.of(2013, 12, 31)).participants()).hasSize(48).contains("RS");
	}

	@Test
	void czechRepublicAndSlovakiaParticipateFromTheDayOfSuccession() {
		for (String code : List.of("CZ", "SK")) {
			Participation p = REGISTRY.participations(code).get(0);
			assertThat(p.validFrom()).isEqualTo(LocalDate.of(1993, 3, 5));
			assertThat(p.fromPrecision()).isEqualTo(Precision.DAY);
		}
	}

	@Test
	void yearOnlyParticipationDatesAreShownAsYears() {
		Participation argentina = REGISTRY.participations("AR").get(0);
		assertThat(argentina.fromPrecision()).isEqualTo(Precision.YEAR);
		assertThat(argentina.since()).isEqualTo("1994");
	}

	@Test
	void fourUnMemberStatesAreOutsideTheNpt() {
		Set<String> outside = DATA.states().stream().filter(State::unMember)
				.filter(s -> REGISTRY.nptStatus(REGISTRY.inForce(s.code(), TODAY)) == NptStatus.NON_PARTY)
				.map(State::code).collect(Collectors.toSet());
		assertThat(outside).containsExactlyInAnyOrder("IN", "PK", "IL", "SS");
	}

	@Test
	void dprkIsAPartyUntilItsContestedWithdrawal() {
		assertThat(npt("KP", LocalDate.of(2003, 1, 9))).isEqualTo(NptStatus.NNWS_PARTY);
		assertThat(npt("KP", LocalDate.of(2003, 1, 10))).isEqualTo(NptStatus.WITHDRAWN_CONTESTED);
		assertThat(npt("KP", TODAY)).isEqualTo(NptStatus.WITHDRAWN_CONTESTED);
		assertThat(npt("KP", LocalDate.of(1980, 1, 1))).isEqualTo(NptStatus.NON_PARTY);
		assertThat(current("KP", FactKind.NPT, TODAY).note()).contains("disputed");
	}

	@Test
	void fiveNuclearWeaponStates() {
		Set<String> nws = DATA.states().stream().filter(s -> npt(s.code(), TODAY) == NptStatus.NWS).map(State::code)
				.collect(Collectors.toSet());
		assertThat(nws).containsExactlyInAnyOrder("US", "RU", "GB", "FR", "CN");
	}

	@Test
	void franceAndChinaJoinedTheNptOnlyIn1992() {
		assertThat(npt("FR", LocalDate.of(1991, 6, 1))).isEqualTo(NptStatus.NON_PARTY);
		assertThat(npt("CN", LocalDate.of(1991, 6, 1))).isEqualTo(NptStatus.NON_PARTY);
		assertThat(npt("FR", LocalDate.of(1993, 1, 1))).isEqualTo(NptStatus.NWS);
	}

	@Test
	void indiaJoinedTheMtcrOn27June2016() {
		assertThat(current("IN", FactKind.MTCR, LocalDate.of(2016, 6, 23)).value()).isEqualTo("NON_MEMBER");
		assertThat(current("IN", FactKind.MTCR, LocalDate.of(2016, 7, 1)).value()).isEqualTo("MEMBER");
		assertThat(current("IN", FactKind.MTCR, LocalDate.of(2016, 7, 1)).verified()).isTrue();
	}

	@Test
	void indiasAdditionalProtocolEntersIntoForceOn25July2014() {
		Fact before = current("IN", FactKind.ADDITIONAL_PROTOCOL, LocalDate.of(2014, 7, 24));
		Fact on = current("IN", FactKind.ADDITIONAL_PROTOCOL, LocalDate.of(2014, 7, 25));
		assertThat(before.value()).isEqualTo("SIGNED");
		assertThat(before.verified()).as("the signature date is disputed between sources").isFalse();
		assertThat(before.note()).contains("disagree");
		assertThat(on.value()).isEqualTo("IN_FORCE");
		assertThat(on.links()).extracting(SourceLink::key).contains("S53");
	}

	@Test
	void indiaHasNoAdditionalProtocolBeforeSigningOne() {
		assertThat(REGISTRY.inForce("IN", LocalDate.of(2008, 1, 1))).doesNotContainKey(FactKind.ADDITIONAL_PROTOCOL);
	}

	@Test
	void indiasStandingChangesOverTime() {
		assertThat(status("IN", LocalDate.of(2000, 1, 1))).isEqualTo(MapStatus.NON_NPT);
		assertThat(status("IN", LocalDate.of(2010, 1, 1))).isEqualTo(MapStatus.OBSERVER_LINKED);
		assertThat(status("IN", LocalDate.of(2016, 6, 23))).isEqualTo(MapStatus.APPLICANT);
		assertThat(status("PK", LocalDate.of(2016, 5, 18))).isEqualTo(MapStatus.NON_NPT);
		assertThat(status("PK", LocalDate.of(2016, 5, 19))).isEqualTo(MapStatus.APPLICANT);
		assertThat(status("CN", LocalDate.of(2003, 1, 1))).isEqualTo(MapStatus.NPT_PARTY);
		assertThat(status("CN", LocalDate.of(2004, 12, 31))).isEqualTo(MapStatus.PARTICIPATING_GOVERNMENT);
		assertThat(status("IL", TODAY)).isEqualTo(MapStatus.NON_NPT);
	}

	@Test
	void russiaRevokedItsCtbtRatification() {
		assertThat(current("RU", FactKind.CTBT, LocalDate.of(2023, 11, 1)).value()).isEqualTo("RATIFIED");
		assertThat(current("RU", FactKind.CTBT, LocalDate.of(2023, 11, 2)).value()).isEqualTo("RATIFICATION_REVOKED");
	}

	@Test
	void iranHasTwoNonComplianceFindingsAndAnAdditionalProtocolThatEnded() {
		assertThat(REGISTRY.inForce("IR", LocalDate.of(2010, 1, 1)).get(FactKind.NON_COMPLIANCE)).extracting(Fact::validFrom)
				.containsExactly(LocalDate.of(2005, 9, 24));
		assertThat(REGISTRY.inForce("IR", TODAY).get(FactKind.NON_COMPLIANCE)).extracting(Fact::validFrom)
				.containsExactly(LocalDate.of(2025, 6, 12));
		assertThat(current("IR", FactKind.ADDITIONAL_PROTOCOL, LocalDate.of(2018, 1, 1)).value())
				.isEqualTo("PROVISIONALLY_APPLIED");
		assertThat(current("IR", FactKind.ADDITIONAL_PROTOCOL, TODAY).value()).isEqualTo("ENDED");
	}

	@Test
	void syriaHasAnUnresolvedNonComplianceFindingFrom2011() {
		Fact finding = current("SY", FactKind.NON_COMPLIANCE, TODAY);
		assertThat(finding.validFrom()).isEqualTo(LocalDate.of(2011, 6, 9));
		assertThat(finding.validTo()).isNull();
	}

	@Test
	void argentinaAndBrazilHaveTheRegionalArrangementInsteadOfAnAdditionalProtocol() {
		for (String code : List.of("AR", "BR")) {
			assertThat(current(code, FactKind.REGIONAL_ARRANGEMENT, TODAY).value()).isEqualTo("ABACC");
			assertThat(current(code, FactKind.ADDITIONAL_PROTOCOL, TODAY).value()).isEqualTo("NONE");
		}
	}

	@Test
	void everyPgAndStateOfInterestHasAFullProfile() {
		Set<FactKind> full = Set.of(FactKind.NPT, FactKind.SAFEGUARDS, FactKind.MTCR, FactKind.WASSENAAR,
				FactKind.AUSTRALIA_GROUP, FactKind.CTBT);
		Set<String> states = new java.util.TreeSet<>(PG_YEARS.keySet());
		states.addAll(List.of("IN", "PK", "IL", "SS", "KP", "IR", "SY"));
		for (String code : states) {
			Set<FactKind> kinds = REGISTRY.facts(code).stream().map(Fact::kind).collect(Collectors.toSet());
			assertThat(kinds).as(code).containsAll(full);
		}
		for (String pg : PG_YEARS.keySet()) {
			Set<FactKind> kinds = REGISTRY.facts(pg).stream().map(Fact::kind).collect(Collectors.toSet());
			assertThat(kinds).as(pg).contains(FactKind.ADDITIONAL_PROTOCOL, FactKind.HAGUE_CODE,
					FactKind.EXPORT_CONTROL_SYSTEM, FactKind.NSG_GUIDELINES_ADHERENCE);
		}
	}

	@Test
	void everyFactCitesASource() {
		assertThat(DATA.facts()).allSatisfy(f -> assertThat(f.fact().source()).as(f.state() + " " + f.fact().kind()).isNotBlank());
		assertThat(DATA.participations()).allSatisfy(p -> assertThat(p.source()).isNotBlank());
	}

	@Test
	void factsWhoseDateNoSourceConfirmsAreMarkedUnverified() {
		Fact israelCtbt = current("IL", FactKind.CTBT, TODAY);
		assertThat(israelCtbt.value()).isEqualTo("SIGNED");
		assertThat(israelCtbt.verified()).isFalse();
		assertThat(current("US", FactKind.CTBT, TODAY).verified()).as("signed on 24 Sep 1996 per the CTBTO").isTrue();
		Chair latvia = DATA.chairs().stream().filter(c -> c.state().equals("LV")).findFirst().orElseThrow();
		assertThat(latvia.verified()).as("the 2018-19 chair is named by the Czech nuclear safety authority").isTrue();
		assertThat(latvia.chair()).isEqualTo("Jānis Zlamets");
		assertThat(current("IR", FactKind.ADDITIONAL_PROTOCOL, LocalDate.of(2018, 1, 1)).verified()).isFalse();
		assertThat(current("US", FactKind.SAFEGUARDS, TODAY).verified()).isTrue();
		assertThat(current("KP", FactKind.NON_COMPLIANCE, LocalDate.of(2000, 1, 1)).verified()).isTrue();
	}

	@Test
	void sourceKeysResolveToTheirPublishedAddress() {
		Fact india = current("IN", FactKind.NSG_APPLICATION, TODAY);
		assertThat(india.validFrom()).isEqualTo(LocalDate.of(2016, 5, 12));
		assertThat(india.links()).extracting(SourceLink::key).containsExactly("S27", "S59");
		assertThat(india.links().get(0).url()).startsWith("https://deccanchronicle.com");
	}

	@Test
	void theNsgHasTwoPermanentObservers() {
		assertThat(DATA.observers()).extracting(Observer::name)
				.containsExactly("European Commission", "Chair of the Zangger Committee");
	}

	private static NptStatus npt(String code, LocalDate day) {
		return REGISTRY.nptStatus(REGISTRY.inForce(code, day));
	}

	private static MapStatus status(String code, LocalDate day) {
		return REGISTRY.mapStatus(code, day, REGISTRY.inForce(code, day));
	}

	private static Fact current(String code, FactKind kind, LocalDate day) {
		List<Fact> facts = REGISTRY.inForce(code, day).get(kind);
		assertThat(facts).as(code + " " + kind + " on " + day).isNotEmpty();
		return facts.get(facts.size() - 1);
	}
}
