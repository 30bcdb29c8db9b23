package org.plenary.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.registry.reference.ReferenceData;
import org.plenary.shared.ControlList;
import org.plenary.shared.StateCode;

/** The facts the rules turn on, as the registry (and its database) holds them. */
class RuleFactFilesTests {

	static final ReferenceData DATA = ReferenceData.load();

	static final Registry REGISTRY = Registry.fromReferenceData(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));

	@Test
	void everyFactFitsTheColumnsOfTheStore() {
		assertThat(DATA.facts()).allSatisfy(f -> {
			assertThat(f.fact().value().length()).as(f.fact().value()).isLessThanOrEqualTo(64);
			assertThat(f.fact().note() == null ? 0 : f.fact().note().length()).as(f.state()).isLessThanOrEqualTo(1024);
		});
	}

	/** UNSCR 2231 Annex B para 2: the channel covers the items of both Parts, not unlisted ones. */
	@Test
	void aSecurityCouncilMeasureReadsBackFromItsFact() {
		Fact channel = REGISTRY.profile(StateCode.of("IR"), LocalDate.of(2017, 1, 1)).current(FactKind.UNSC_SANCTIONS).orElseThrow();
		SecurityCouncilMeasure measure = SecurityCouncilMeasure.of(channel);
		assertThat(measure.citation()).isEqualTo("UNSCR 2231 (2015) Annex B para 2");
		assertThat(measure.effect()).isEqualTo(SecurityCouncilMeasure.Effect.PROCUREMENT_CHANNEL);
		assertThat(measure.lists()).containsExactlyInAnyOrder(ControlList.TRIGGER, ControlList.DUAL_USE);
	}

	/** NPT Art. IX(3): exactly five nuclear-weapon States, whatever their accession date; never India, Pakistan, the DPRK. */
	@Test
	void theNuclearWeaponStatesAreTheFiveThatTestedBefore1967() {
		List<String> five = DATA.facts().stream().filter(f -> f.fact().kind() == FactKind.NUCLEAR_WEAPON_STATE)
			.map(ReferenceData.StateFact::state).toList();
		assertThat(five).containsExactlyInAnyOrder("US", "RU", "GB", "FR", "CN");
		assertThat(REGISTRY.profile(StateCode.of("FR"), LocalDate.of(1985, 1, 1)).current(FactKind.NUCLEAR_WEAPON_STATE)).isPresent();
		for (String other : List.of("IN", "PK", "KP", "IL")) {
			assertThat(REGISTRY.profile(StateCode.of(other), LocalDate.of(2020, 1, 1)).current(FactKind.NUCLEAR_WEAPON_STATE))
				.as(other).isEmpty();
		}
	}
}
