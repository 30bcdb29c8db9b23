package org.plenary.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PivotalAnalysisTests {

	private static final PivotalAnalysis.Settings EXACT = new PivotalAnalysis.Settings(Method.EXACT, 100_000, 42, 10_000_000, 0.5,
			1_000_000);

	@Test
	void eachPgsGainIsWhatConsensusWouldBeWithoutItsRisk() {
		Map<String, Stance> stances = Map.of("CN", new Stance(0.6, 0.1), "AT", new Stance(0, 0.3), "US", Stance.JOINS, "IE", new Stance(0.05, 0.05));
		VetoModel model = VetoModel.of(List.of("AT", "CN", "IE", "US"), stances, List.of());
		double p = 0.3 * 0.7 * 0.9;

		PivotalAnalysis.Result result = PivotalAnalysis.analyse(model, EXACT);

		assertThat(result.consensus().p()).isCloseTo(p, within(1e-12));
		assertThat(result.pivotal()).extracting(PivotalAnalysis.Pivot::pg).containsExactly("CN", "AT", "IE", "US");
		assertThat(result.pivotal().get(0).gainIfJoins()).isCloseTo(p / 0.3 - p, within(1e-12));
		assertThat(result.pivotal().get(1).gainIfJoins()).isCloseTo(p / 0.7 - p, within(1e-12));
		assertThat(result.pivotal().get(3).gainIfJoins()).isZero();
		// Persuading China alone gives 0.7 * 0.9 = 0.63 >= 0.5: one PG, and no smaller set exists.
		assertThat(result.persuasion().members()).containsExactly("CN");
		assertThat(result.persuasion().pAfter()).isCloseTo(0.63, within(1e-12));
		assertThat(result.persuasion().provedMinimal()).isTrue();
	}

	@Test
	void noPersuasionIsNeededWhenTheForecastAlreadyMeetsTheTarget() {
		VetoModel model = VetoModel.of(List.of("AT", "US"), Map.of("AT", new Stance(0.1, 0)), List.of());
		PivotalAnalysis.Result result = PivotalAnalysis.analyse(model, EXACT);
		assertThat(result.persuasion().members()).isEmpty();
		assertThat(result.persuasion().provedMinimal()).isTrue();
	}

	@Test
	void theMinimalPersuasionSetWithBlocsIsAsSmallAsBruteForceFinds() {
		List<String> roster = VetoModelTests.PGS.subList(0, 12);
		Map<String, Stance> stances = new HashMap<>();
		for (int i = 0; i < roster.size(); i++) {
			stances.put(roster.get(i), new Stance(0.02 * (i % 4), 0.04 * (i % 5)));
		}
		VetoModel model = VetoModel.of(roster, stances, List.of(new Bloc("a", roster.subList(0, 6), 0.6),
				new Bloc("b", roster.subList(4, 10), 0.3), new Bloc("c", List.of("AR", "CH", "CN", "BY"), 0.2)));
		for (double target : new double[] { 0.3, 0.5, 0.7, 0.9 }) {
			PivotalAnalysis.Result result = PivotalAnalysis.analyse(model,
					new PivotalAnalysis.Settings(Method.EXACT, 0, 0, Long.MAX_VALUE, target, 1_000_000));
			int smallest = smallestBruteForce(model, target, result.persuasion().members().size());
			assertThat(result.persuasion().members()).as("target %s", target).hasSize(smallest);
			assertThat(result.persuasion().pAfter()).isGreaterThanOrEqualTo(target);
			int[] idx = result.persuasion().members().stream().mapToInt(model.roster()::indexOf).toArray();
			assertThat(model.joining(idx).exactConsensus()).isCloseTo(result.persuasion().pAfter(), within(1e-12));
		}
	}

	/** The size of the smallest set reaching the target, searching sizes below {@code atMost}. */
	private static int smallestBruteForce(VetoModel model, double target, int atMost) {
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < model.size(); i++) {
			if (model.stance(i).pBlock() > 0) {
				candidates.add(i);
			}
		}
		for (int size = 0; size < atMost; size++) {
			if (anyReaches(model, candidates, size, 0, new int[size], 0, target)) {
				return size;
			}
		}
		return atMost;
	}

	private static boolean anyReaches(VetoModel model, List<Integer> candidates, int size, int from, int[] set, int filled, double target) {
		if (filled == size) {
			return model.joining(set).exactConsensus() >= target;
		}
		for (int c = from; c < candidates.size(); c++) {
			set[filled] = candidates.get(c);
			if (anyReaches(model, candidates, size, c + 1, set, filled + 1, target)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void blocSensitivityReportsTheForecastWithTheBlocDissolvedAndUnited() {
		Map<String, Stance> stances = new HashMap<>(Map.of("AT", new Stance(0, 0.3), "IE", new Stance(0, 0.2), "NZ", new Stance(0, 0.1)));
		VetoModel model = VetoModel.of(List.of("AT", "IE", "NZ"), stances, List.of(new Bloc("npt-first", List.of("AT", "IE", "NZ"), 0.5)));

		PivotalAnalysis.BlocSensitivity s = PivotalAnalysis.analyse(model, EXACT).blocs().get(0);

		assertThat(s.pIfIndependent()).isCloseTo(0.7 * 0.8 * 0.9, within(1e-12));
		assertThat(s.pIfUnited()).isCloseTo(0.7, within(1e-12));
		// Uniting hesitant PGs makes consensus likelier (they block together rather than one by one).
		assertThat(s.slope()).isPositive();
		double h = 1e-4;
		double numeric = (model.withBlocWeight(0, 0.5 + h).exactConsensus() - model.withBlocWeight(0, 0.5 - h).exactConsensus()) / (2 * h);
		assertThat(s.slope()).isCloseTo(numeric, within(1e-3));
	}

	@Test
	void monteCarloAnalysisUsesCommonRandomNumbersSoGainsAreNotNoise() {
		VetoModel model = VetoModelTests.fourBlocs();
		PivotalAnalysis.Result mc = PivotalAnalysis.analyse(model, new PivotalAnalysis.Settings(Method.MONTE_CARLO, 50_000, 9, 0, 0.5, 0));
		PivotalAnalysis.Result exact = PivotalAnalysis.analyse(model, EXACT);

		assertThat(mc.consensus().method()).isEqualTo(Method.MONTE_CARLO);
		assertThat(Math.abs(mc.consensus().p() - exact.consensus().p())).isLessThan(3 * mc.consensus().standardError());
		assertThat(mc.pivotal().get(0).pg()).isEqualTo(exact.pivotal().get(0).pg());
		assertThat(mc.pivotal()).allSatisfy(v -> assertThat(v.gainIfJoins()).isGreaterThanOrEqualTo(0));
	}
}
