package org.plenary.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.forecast.model.Bargaining;
import org.plenary.forecast.model.PivotalAnalysis;
import org.plenary.forecast.model.Stance;
import org.plenary.forecast.model.VetoModel;
import org.plenary.forecast.scenario.Scenario;
import org.plenary.registry.NptStatus;
import org.plenary.registry.Registry;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.StateCode;
import org.springframework.stereotype.Component;

/**
 * A scenario's bargaining rounds: each PG starts at the position of its stance, with the capability
 * and salience the scenario gives it or the defaults (an NPT nuclear-weapon state weighs
 * {@code plenary.forecast.nws-capability}); after each round the moved stances are forecast again,
 * and the stances after the last round feed the veto-player model.
 */
@Component
class BargainingRounds {

	private final Registry registry;
	private final ForecastSettings settings;

	BargainingRounds(Registry registry, ForecastSettings settings) {
		this.registry = registry;
		this.settings = settings;
	}

	/** The model after the rounds, and what to show of them. */
	record Bargained(VetoModel model, ForecastResult.BargainingView view) {
	}

	/** Runs the scenario's rounds from {@code stances}, forecasting each round as {@code analysis} says. */
	Bargained run(Scenario scenario, VetoModel model, Map<String, Stance> stances, PivotalAnalysis.Settings analysis) {
		Scenario.BargainingSpec spec = scenario.bargaining();
		Bargaining.Settings bs = settings.bargaining(spec.vetoWeight());
		Bargaining bargaining = new Bargaining(bs);
		List<Bargaining.Round> rounds = bargaining.run(actors(scenario, model.roster(), stances, bargaining), spec.rounds());
		double before = model.consensus(analysis.method(), analysis.draws(), analysis.seed(), analysis.exactLimit()).p();
		double[] start = rounds.get(0).positions();
		List<ForecastResult.RoundView> views = new ArrayList<>();
		VetoModel moved = model;
		for (Bargaining.Round round : rounds) {
			moved = moved(model, stances, bargaining, start, round);
			double p = moved.consensus(analysis.method(), analysis.draws(), analysis.seed(), analysis.exactLimit()).p();
			Map<String, Double> positions = new LinkedHashMap<>();
			for (int i = 0; i < model.roster().size(); i++) {
				positions.put(model.roster().get(i), round.positions()[i]);
			}
			views.add(new ForecastResult.RoundView(round.round(), positions, round.pivot(), round.weightedMedian(), p));
		}
		return new Bargained(moved, new ForecastResult.BargainingView(bs.vetoWeight(), before, views));
	}

	/** Each PG on the roster as an actor: the scenario's inputs, else its stance's position and the defaults. */
	private List<Bargaining.Actor> actors(Scenario scenario, List<String> roster, Map<String, Stance> stances, Bargaining bargaining) {
		Map<String, Scenario.ActorSpec> given = scenario.bargaining().actors();
		for (String pg : given.keySet()) {
			if (!roster.contains(pg)) {
				throw InvalidInputException.of("invalid-scenario", "Invalid forecast scenario",
						"bargaining.actors." + pg + ": " + pg + " is not a Participating Government on " + scenario.asOf() + ".");
			}
		}
		List<Bargaining.Actor> actors = new ArrayList<>();
		for (String pg : roster) {
			Scenario.ActorSpec a = given.getOrDefault(pg, new Scenario.ActorSpec(null, null, null));
			double capability = a.capability() != null ? a.capability()
					: registry.profile(StateCode.of(pg), scenario.asOf()).nptStatus() == NptStatus.NWS ? settings.nwsCapability() : 1.0;
			actors.add(new Bargaining.Actor(pg, a.position() != null ? a.position() : bargaining.position(stances.get(pg)),
					capability, a.salience() != null ? a.salience() : settings.salience()));
		}
		return actors;
	}

	/** The model with each PG's stance moved as far as its position moved from the start to {@code round}. */
	private static VetoModel moved(VetoModel model, Map<String, Stance> stances, Bargaining bargaining, double[] start,
			Bargaining.Round round) {
		VetoModel moved = model;
		for (int i = 0; i < model.roster().size(); i++) {
			moved = moved.with(i, bargaining.stance(stances.get(model.roster().get(i)), start[i], round.positions()[i]));
		}
		return moved;
	}
}
