package org.plenary.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Small cases computed by hand from the equations in {@link Bargaining}'s documentation. */
class BargainingTests {

	private static final Bargaining.Actor SPONSOR = new Bargaining.Actor("US", 1.0, 2, 1.0);
	private static final Bargaining.Actor HOLD_OUT = new Bargaining.Actor("AT", 0.0, 1, 0.5);

	@Test
	void aLowSalienceHoldOutMeetsTheSponsorPartWayWhenItsVetoCounts() {
		Bargaining model = new Bargaining(new Bargaining.Settings(0.5, 0.1, 2));
		List<Bargaining.Actor> actors = List.of(SPONSOR, HOLD_OUT);
		// US presses AT: the Group without AT weighs 2 * 1 = 2; AT weighs 1 * 0.5 + 2 * 0.5 * 2 = 2.5.
		// Votes: US +2 (1 - 0), AT -2.5 (0 - 1): P = 2 / 4.5 = 4/9. EU = 2 * 1 * (1 - 2 * 0.5 * 5/9) = 8/9.
		assertThat(model.success(actors, 0, 1)).isCloseTo(4.0 / 9, within(1e-12));
		assertThat(model.expectedUtility(actors, 0, 1)).isCloseTo(8.0 / 9, within(1e-12));
		// AT presses US: the Group without US weighs 0.5; US weighs 2 + 2 * 1 * 0.5 = 3.
		// Votes: AT +0.5, US -3: P = 1/7. EU = 2 * (1 - 2 * 1 * 6/7) = -10/7.
		assertThat(model.success(actors, 1, 0)).isCloseTo(1.0 / 7, within(1e-12));
		assertThat(model.expectedUtility(actors, 1, 0)).isCloseTo(-10.0 / 7, within(1e-12));
		// A = 8/9 > 0, B = -10/7 < 0, A < |B|: compromise, AT moves to 0 + 1 * (8/9) / (10/7) = 28/45.
		List<Bargaining.Round> rounds = model.run(actors, 1);
		assertThat(rounds).hasSize(2);
		assertThat(rounds.get(0).positions()).containsExactly(1.0, 0.0);
		assertThat(rounds.get(1).positions()[0]).isEqualTo(1.0);
		assertThat(rounds.get(1).positions()[1]).isCloseTo(28.0 / 45, within(1e-12));
		assertThat(rounds.get(1).pivot()).isCloseTo(28.0 / 45, within(1e-12));
	}

	@Test
	void withoutTheVetoTheHoldOutCapitulatesAsPlainBuenoDeMesquitaPredicts() {
		Bargaining plain = new Bargaining(new Bargaining.Settings(0.5, 0.1, 0));
		List<Bargaining.Actor> actors = List.of(SPONSOR, HOLD_OUT);
		// P = 2 / 2.5 = 0.8, EU = 2 (1 - 2 * 0.5 * 0.2) = 1.6; B: P = 0.5 / 2.5 = 0.2, EU = 2 (1 - 2 * 0.8) = -1.2.
		assertThat(plain.expectedUtility(actors, 0, 1)).isCloseTo(1.6, within(1e-12));
		assertThat(plain.expectedUtility(actors, 1, 0)).isCloseTo(-1.2, within(1e-12));
		// A > |B|: capitulation, AT takes the sponsor's position.
		assertThat(plain.run(actors, 1).get(1).positions()).containsExactly(1.0, 1.0);
	}

	@Test
	void aHoldOutThatCaresCannotBePressedIntoConsensus() {
		Bargaining model = new Bargaining(new Bargaining.Settings(0.5, 0.1, 2));
		Bargaining.Actor opponent = new Bargaining.Actor("CN", 0.0, 1, 1.0);
		List<Bargaining.Actor> actors = List.of(SPONSOR, opponent);
		// CN weighs 1 + 2 * 1 * 2 = 5: P = 2/7, EU = 2 (1 - 2 * 1 * 5/7) = -6/7 < 0: no offer.
		assertThat(model.expectedUtility(actors, 0, 1)).isCloseTo(-6.0 / 7, within(1e-12));
		assertThat(model.run(actors, 3).get(3).positions()).containsExactly(1.0, 0.0);
	}

	@Test
	void offersFollowTheConflictCompromiseAndCapitulationRules() {
		assertThat(Bargaining.offer(-0.1, 0.5, 1, 0)).isNaN();
		assertThat(Bargaining.offer(0.6, 0.5, 1, 0)).isEqualTo(1);
		assertThat(Bargaining.offer(0.4, 0.5, 1, 0)).isNaN();
		assertThat(Bargaining.offer(0.6, -0.5, 1, 0)).isEqualTo(1);
		assertThat(Bargaining.offer(0.25, -0.5, 1, 0.2)).isCloseTo(0.2 + 0.8 * 0.5, within(1e-12));
	}

	@Test
	void eachPgTakesTheOfferThatMovesItLeast() {
		Bargaining model = new Bargaining(new Bargaining.Settings(0.5, 0.1, 0));
		List<Bargaining.Actor> actors = List.of(new Bargaining.Actor("US", 1.0, 1, 1), new Bargaining.Actor("FR", 0.6, 1, 1),
				new Bargaining.Actor("AT", 0.2, 1, 0.1));
		double[] next = model.step(actors);
		// AT, which hardly cares, receives offers from US and FR; it takes the one nearer its position.
		assertThat(next[2]).isGreaterThan(0.2).isLessThanOrEqualTo(0.6);
	}

	@Test
	void theWeightedMedianIsPlainBuenoDeMesquitasOutcome() {
		List<Bargaining.Actor> actors = List.of(new Bargaining.Actor("A", 0.1, 1, 1), new Bargaining.Actor("B", 0.5, 1, 1),
				new Bargaining.Actor("C", 0.9, 3, 1));
		assertThat(Bargaining.weightedMedian(actors)).isEqualTo(0.9);
		assertThat(new Bargaining(Bargaining.Settings.defaults()).run(actors, 0).get(0).weightedMedian()).isEqualTo(0.9);
	}

	@Test
	void positionsAndStancesMapBothWays() {
		Bargaining model = new Bargaining(Bargaining.Settings.defaults());
		Stance even = new Stance(0.25, 0.25);
		assertThat(model.position(even)).isCloseTo(0.5, within(1e-12));
		assertThat(model.position(new Stance(0.9, 0.1))).isZero();
		assertThat(model.position(Stance.JOINS)).isEqualTo(1.0);
		assertThat(model.stance(even, 0.5, 0.5)).isSameAs(even);
		// Moving up by one scale (0.1) divides the odds of blocking by e; the objection share stays a half.
		Stance moved = model.stance(even, 0.5, 0.6);
		double b = 1 / (1 + Math.E);
		assertThat(moved.pBlock()).isCloseTo(b, within(1e-12));
		assertThat(moved.pObject()).isCloseTo(b / 2, within(1e-12));
	}
}
