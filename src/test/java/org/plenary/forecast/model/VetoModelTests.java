package org.plenary.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class VetoModelTests {

	/** The 48 PGs on the roster since 2013. */
	static final List<String> PGS = List.of("AR", "AT", "AU", "BE", "BG", "BR", "BY", "CA", "CH", "CN", "CY", "CZ", "DE", "DK",
			"EE", "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IE", "IS", "IT", "JP", "KR", "KZ", "LT", "LU", "LV", "MT", "MX",
			"NL", "NO", "NZ", "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SK", "TR", "UA", "US", "ZA");

	@Test
	void fortyEightIndependentPgsEachObjectingOnceInAHundredGiveZeroPointNineNineToThe48th() {
		Map<String, Stance> stances = new HashMap<>();
		PGS.forEach(pg -> stances.put(pg, new Stance(0.01, 0)));
		VetoModel model = VetoModel.of(PGS, stances, List.of());

		assertThat(model.exactConsensus()).isCloseTo(Math.pow(0.99, 48), within(1e-9));
		VetoModel.Estimate auto = model.consensus(Method.AUTO, 1_000_000, 1, 1_000_000);
		assertThat(auto.method()).isEqualTo(Method.EXACT);
		assertThat(auto.standardError()).isZero();
		assertThat(auto.p()).isCloseTo(Math.pow(0.99, 48), within(1e-9));
		assertThat(model.exactNoObjection()).isCloseTo(Math.pow(0.99, 48), within(1e-9));
	}

	@Test
	void reservationsBlockAdoptionButNotObjectionFreeness() {
		VetoModel model = VetoModel.of(List.of("AT", "CN"), Map.of("AT", new Stance(0, 0.5), "CN", new Stance(0.2, 0.1)), List.of());

		assertThat(model.exactConsensus()).isCloseTo(0.5 * 0.7, within(1e-12));
		assertThat(model.exactNoObjection()).isCloseTo(1 * 0.8, within(1e-12));
	}

	@Test
	void aFullyUnitedBlocBlocksExactlyWhenItsMostHesitantMemberDoes() {
		Map<String, Stance> stances = Map.of("AT", new Stance(0.1, 0.2), "IE", new Stance(0, 0.1), "NZ", new Stance(0.05, 0));
		VetoModel model = VetoModel.of(List.of("AT", "IE", "NZ"), stances, List.of(new Bloc("npt-first", List.of("AT", "IE", "NZ"), 1)));

		assertThat(model.exactConsensus()).isCloseTo(1 - 0.3, within(1e-12));
		assertThat(model.withBlocWeight(0, 0).exactConsensus()).isCloseTo(0.7 * 0.9 * 0.95, within(1e-12));
	}

	@Test
	void blocsNeverChangeAPgsOwnProbabilityOfBlocking() {
		VetoModel model = VetoModel.of(List.of("AT", "IE"), Map.of("AT", new Stance(0.1, 0.2), "IE", new Stance(0.3, 0.3)),
				List.of(new Bloc("a", List.of("AT", "IE"), 0.7)));

		assertThat(model.joining(1).exactConsensus()).isCloseTo(0.7, within(1e-12));
		assertThat(model.joining(0).exactConsensus()).isCloseTo(0.4, within(1e-12));
	}

	@Test
	void blocCasesAgreeWithBruteForceEnumerationOfWhoFollowsWhom() {
		Random random = new Random(7);
		for (int trial = 0; trial < 200; trial++) {
			int n = 2 + random.nextInt(7);
			List<String> roster = PGS.subList(0, n);
			Map<String, Stance> stances = new HashMap<>();
			for (String pg : roster) {
				double o = random.nextDouble() * 0.4;
				double r = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 0.4;
				stances.put(pg, new Stance(o, r));
			}
			int blocCount = 1 + random.nextInt(3);
			List<Bloc> blocs = new ArrayList<>();
			Map<String, Double> used = new HashMap<>();
			for (int b = 0; b < blocCount; b++) {
				double w = random.nextDouble() * 0.6;
				List<String> members = new ArrayList<>();
				for (String pg : roster) {
					if (random.nextBoolean() && used.getOrDefault(pg, 0.0) + w <= 1) {
						members.add(pg);
						used.merge(pg, w, Double::sum);
					}
				}
				blocs.add(new Bloc("b" + b, members, w));
			}
			VetoModel model = VetoModel.of(roster, stances, blocs);

			assertThat(model.exactConsensus()).as("trial %d", trial).isCloseTo(bruteForce(roster, stances, blocs, false), within(1e-12));
			assertThat(model.exactNoObjection()).as("trial %d", trial).isCloseTo(bruteForce(roster, stances, blocs, true), within(1e-12));
		}
	}

	/**
	 * An independent derivation: enumerate which source each PG follows (its own draw or one of its
	 * blocs). Given that, a PG on its own joins with 1 - t, and the followers of bloc b all join when
	 * U_b is at least their largest threshold, with probability 1 - max t.
	 */
	static double bruteForce(List<String> roster, Map<String, Stance> stances, List<Bloc> blocs, boolean objectionOnly) {
		int n = roster.size();
		List<List<Integer>> options = new ArrayList<>();
		for (String pg : roster) {
			List<Integer> o = new ArrayList<>(List.of(-1));
			for (int b = 0; b < blocs.size(); b++) {
				if (blocs.get(b).members().contains(pg)) {
					o.add(b);
				}
			}
			options.add(o);
		}
		int[] choice = new int[n];
		double total = 0;
		while (true) {
			double weight = 1;
			double p = 1;
			double[] maxThreshold = new double[blocs.size()];
			for (int i = 0; i < n; i++) {
				String pg = roster.get(i);
				Stance s = stances.get(pg);
				double t = objectionOnly ? s.pObject() : s.pBlock();
				int source = options.get(i).get(choice[i]);
				double own = 1;
				for (int b : options.get(i).subList(1, options.get(i).size())) {
					own -= blocs.get(b).weight();
				}
				if (source < 0) {
					weight *= own;
					p *= 1 - t;
				}
				else {
					weight *= blocs.get(source).weight();
					maxThreshold[source] = Math.max(maxThreshold[source], t);
				}
			}
			for (double m : maxThreshold) {
				p *= 1 - m;
			}
			total += weight * p;
			int i = 0;
			while (i < n && ++choice[i] == options.get(i).size()) {
				choice[i] = 0;
				i++;
			}
			if (i == n) {
				return total;
			}
		}
	}

	@Test
	void monteCarloAgreesWithTheExactAnswerWithinThreeStandardErrors() {
		VetoModel model = fourBlocs();
		double exact = model.exactConsensus();
		for (long seed = 1; seed <= 5; seed++) {
			VetoModel.Estimate mc = model.monteCarloConsensus(200_000, seed);
			assertThat(mc.method()).isEqualTo(Method.MONTE_CARLO);
			assertThat(mc.standardError()).isPositive();
			assertThat(Math.abs(mc.p() - exact)).as("seed %d: %s vs %s", seed, mc, exact).isLessThan(3 * mc.standardError());
		}
		VetoModel.Estimate noObjection = model.monteCarloNoObjection(200_000, 3);
		assertThat(Math.abs(noObjection.p() - model.exactNoObjection())).isLessThan(3 * noObjection.standardError());
	}

	@Test
	void aSeedGivesTheSameMonteCarloAnswerEveryTime() {
		VetoModel model = fourBlocs();
		assertThat(model.monteCarloConsensus(100_003, 42)).isEqualTo(model.monteCarloConsensus(100_003, 42));
		assertThat(model.monteCarloConsensus(100_003, 42).p()).isNotEqualTo(model.monteCarloConsensus(100_003, 43).p());
		assertThat(model.monteCarloConsensus(100_003, 42).draws()).isEqualTo(100_003);
	}

	@Test
	void autoSamplesWhenTheBlocStructureIsTooLargeToEnumerate() {
		VetoModel model = fourBlocs();
		assertThat(model.cells()).isGreaterThan(10);
		assertThat(model.consensus(Method.AUTO, 10_000, 1, 10).method()).isEqualTo(Method.MONTE_CARLO);
		assertThat(model.consensus(Method.AUTO, 10_000, 1, model.cells()).method()).isEqualTo(Method.EXACT);
		assertThat(model.consensus(Method.EXACT, 10_000, 1, 0).method()).isEqualTo(Method.EXACT);
	}

	@Test
	void refusesWhatCannotBeAModelWithAReasonToActOn() {
		List<String> roster = List.of("AT", "IE");
		assertThatThrownBy(() -> VetoModel.of(roster, Map.of(), List.of(new Bloc("x", List.of("IN"), 0.5))))
			.hasMessageContaining("IN is not on the roster");
		assertThatThrownBy(() -> VetoModel.of(roster, Map.of(), List.of(new Bloc("x", List.of("AT"), 0.7), new Bloc("y", List.of("AT"), 0.6))))
			.hasMessageContaining("AT follows blocs whose weights sum to").hasMessageContaining("'x'");
		assertThatThrownBy(() -> VetoModel.of(roster, Map.of(), List.of(new Bloc("x", List.of("AT"), 1.5))))
			.hasMessageContaining("weight must be in [0, 1]");
		assertThatThrownBy(() -> new Stance(0.7, 0.4)).hasMessageContaining("sum to at most 1");
	}

	/** 48 PGs, four overlapping blocs, stances spread over [0, 0.3]: the benchmark's shape. */
	static VetoModel fourBlocs() {
		Map<String, Stance> stances = new HashMap<>();
		for (int i = 0; i < PGS.size(); i++) {
			stances.put(PGS.get(i), new Stance((i % 7) * 0.01, (i % 5) * 0.015));
		}
		List<Bloc> blocs = List.of(new Bloc("npt-first", List.of("AT", "IE", "NZ", "CH", "NO", "NL", "TR", "BR", "MX", "SE"), 0.5),
				new Bloc("eu", List.of("AT", "IE", "NL", "SE", "DE", "FR", "IT", "ES", "BE", "PL", "CZ"), 0.3),
				new Bloc("p5", List.of("US", "GB", "FR", "RU", "CN"), 0.4),
				new Bloc("asia-pacific", List.of("JP", "KR", "AU", "NZ", "CN", "KZ"), 0.2));
		return VetoModel.of(PGS, stances, blocs);
	}
}
