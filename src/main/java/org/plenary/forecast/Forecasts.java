package org.plenary.forecast;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.forecast.model.Bloc;
import org.plenary.forecast.model.Method;
import org.plenary.forecast.model.PivotalAnalysis;
import org.plenary.forecast.model.Priors;
import org.plenary.forecast.model.Stance;
import org.plenary.forecast.model.VetoModel;
import org.plenary.forecast.scenario.Scenario;
import org.plenary.registry.Registry;
import org.plenary.shared.Caller;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.Role;
import org.plenary.shared.StateCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forecast module's public API: resolves a scenario against the roster, the facts and the
 * recorded history on its date, runs the bargaining rounds when asked, forecasts with the veto-player
 * model and analyses what would change the outcome. Analysts and PGs' users may forecast; a saved
 * forecast is private to its author unless shared, and then visible to every user who may forecast.
 */
@Service
public class Forecasts {

	/** Who may forecast: analysts and PGs' users. */
	public static final Role[] FORECASTERS = { Role.ANALYST, Role.DELEGATE, Role.OFFICER, Role.CHAIR };

	private final Registry registry;
	private final ForecastSettings settings;
	private final PriorEvidence evidence;
	private final BargainingRounds bargaining;
	private final ForecastStore store;
	private final Clock clock;

	Forecasts(Registry registry, ForecastSettings settings, PriorEvidence evidence, BargainingRounds bargaining, ForecastStore store,
			Clock clock) {
		this.registry = registry;
		this.settings = settings;
		this.evidence = evidence;
		this.bargaining = bargaining;
		this.store = store;
		this.clock = clock;
	}

	/** A saved forecast. */
	public record Saved(long id, String author, Instant createdAt, boolean shared, String title, ForecastResult result) {
	}

	public LocalDate today() {
		return registry.today();
	}

	/** Forecasts {@code scenario} for {@code caller}, without saving it. */
	@Transactional(readOnly = true)
	public ForecastResult forecast(Caller caller, Scenario scenario) {
		caller.requireRole(FORECASTERS);
		return compute(scenario, caller.actsForParticipatingGovernment());
	}

	/**
	 * Forecasts a scenario from the public record (the command line, the backtest). With
	 * {@code allPositions}, positions recorded by delegates count too (for PGs' users).
	 */
	@Transactional(readOnly = true)
	public ForecastResult compute(Scenario scenario, boolean allPositions) {
		List<String> roster = roster(scenario);
		Scenario.Proposal proposal = scenario.proposal();
		Map<String, Priors.Prior> priors = new Priors(settings.priors()).derive(
				new Priors.Proposal(proposal.type(), proposal.subject(), proposal.id()), scenario.asOf(), roster,
				evidence.subjects(scenario), evidence.positions(allPositions, scenario.asOf()));
		Stances stances = Stances.of(scenario, roster, priors);
		PivotalAnalysis.Settings analysis = new PivotalAnalysis.Settings(scenario.method(),
				scenario.draws() == null ? settings.draws() : scenario.draws(), scenario.seed() == null ? 42 : scenario.seed(),
				settings.exactLimit(), scenario.target() == null ? 0.5 : scenario.target(),
				PivotalAnalysis.Settings.DEFAULT_SEARCH_BUDGET);
		VetoModel model = model(roster, stances.stances(), scenario.blocs());
		BargainingRounds.Bargained bargained = scenario.bargaining() == null ? null
				: bargaining.run(scenario, model, stances.stances(), analysis);
		PivotalAnalysis.Result result = PivotalAnalysis.analyse(bargained == null ? model : bargained.model(), analysis);
		return result(scenario, roster, stances, analysis, result, bargained == null ? null : bargained.view());
	}

	/** The PGs on the roster on the scenario's date; every PG the scenario gives a stance must be one of them. */
	private List<String> roster(Scenario scenario) {
		LocalDate asOf = scenario.asOf();
		List<String> roster = registry.participants(asOf).participants();
		if (roster.isEmpty()) {
			throw invalid("No Participating Government is on the roster on " + asOf + ": the NSG's first roster dates from 1978.");
		}
		for (String pg : scenario.stances().keySet()) {
			if (!roster.contains(pg)) {
				throw invalid("stances." + pg + ": " + pg + " is not a Participating Government on " + asOf
						+ " (the roster is the PGs on asOf; see GET /api/regimes/nsg/participants?asOf=" + asOf + ").");
			}
		}
		return roster;
	}

	/** Each PG's stance and where it came from: the analyst's, else the scenario's default, else its prior. */
	private record Stances(Map<String, Stance> stances, Map<String, ForecastResult.PriorView> origins) {

		static Stances of(Scenario scenario, List<String> roster, Map<String, Priors.Prior> priors) {
			Stances s = new Stances(new LinkedHashMap<>(), new HashMap<>());
			for (String pg : roster) {
				Scenario.Override o = scenario.stances().get(pg);
				if (o != null) {
					s.stances().put(pg, o.stance());
					s.origins().put(pg, ForecastResult.PriorView.of("ANALYST", o.note() == null ? "Set by the analyst." : o.note(), null));
				}
				else if (scenario.defaultStance() != null) {
					s.stances().put(pg, scenario.defaultStance().stance());
					s.origins().put(pg, ForecastResult.PriorView.of("SCENARIO_DEFAULT", "The scenario's defaultStance.", null));
				}
				else {
					Priors.Prior prior = priors.get(pg);
					s.stances().put(pg, prior.stance());
					s.origins().put(pg, ForecastResult.PriorView.of(prior.rule(), prior.explanation(), prior.source()));
				}
			}
			return s;
		}
	}

	/** The answer: the estimate, each PG with its gain and the origin of its stance, the persuasion set, the blocs, the rounds. */
	private ForecastResult result(Scenario scenario, List<String> roster, Stances stances, PivotalAnalysis.Settings analysis,
			PivotalAnalysis.Result result, ForecastResult.BargainingView bargaining) {
		boolean bargained = bargaining != null;
		List<ForecastResult.PivotView> pivotal = result.pivotal().stream()
			.map(v -> {
				Stance before = stances.stances().get(v.pg());
				boolean moved = bargained && (before.pObject() != v.pObject() || before.pReserve() != v.pReserve());
				return new ForecastResult.PivotView(v.pg(), registry.name(StateCode.of(v.pg())), v.pObject(), v.pReserve(),
						v.gainIfJoins(), stances.origins().get(v.pg()), moved ? before : null);
			})
			.toList();
		List<ForecastResult.BlocView> blocs = result.blocs().stream()
			.map(s -> new ForecastResult.BlocView(s.name(), blocMembers(scenario, s.name()), s.weight(), s.pIfIndependent(),
					s.pIfUnited(), s.slope()))
			.toList();
		VetoModel.Estimate e = result.consensus();
		boolean sampled = e.method() == Method.MONTE_CARLO;
		return new ForecastResult(null, scenario.title(), scenario.proposal(), scenario.asOf(), roster, e.p(), e.standardError(),
				e.method(), sampled ? e.draws() : null, sampled ? analysis.seed() : null, result.pNoObjection(), pivotal,
				result.persuasion().members(), new ForecastResult.PersuasionView(result.persuasion().target(),
						result.persuasion().pAfter(), result.persuasion().provedMinimal()),
				blocs, bargaining);
	}

	private static List<String> blocMembers(Scenario scenario, String name) {
		return scenario.blocs().stream().filter(b -> b.name().equals(name)).findFirst().map(Bloc::members).orElse(List.of());
	}

	private static VetoModel model(List<String> roster, Map<String, Stance> stances, List<Bloc> blocs) {
		try {
			return VetoModel.of(roster, stances, blocs);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(ex.getMessage() + ".");
		}
	}

	/** Forecasts and saves; private to its author unless {@code shared}. */
	@Transactional
	public Saved save(Caller caller, Scenario scenario, boolean shared) {
		ForecastResult result = forecast(caller, scenario);
		String title = scenario.title() == null ? scenario.proposal().type() + " " + String.join("+", scenario.proposal().subjects())
				: scenario.title();
		// Built on every recorded position (a PG's user forecasts with them): shared with PGs' users only.
		boolean confidential = caller.actsForParticipatingGovernment();
		return store.insert(new Saved(0, caller.username(), clock.instant(), shared, title, result), scenario.asOf(), confidential);
	}

	/**
	 * The caller's own forecasts and those shared with them, newest first. A forecast made by a PG's
	 * user rests on positions only PGs' users may see (its priors explain them), so it is shared with
	 * PGs' users only.
	 */
	@Transactional(readOnly = true)
	public List<Saved> list(Caller caller) {
		caller.requireRole(FORECASTERS);
		return store.visibleTo(caller.username(), caller.actsForParticipatingGovernment());
	}

	/** One forecast: its author's, or a shared one. */
	@Transactional(readOnly = true)
	public Saved find(Caller caller, long id) {
		caller.requireRole(FORECASTERS);
		Saved saved = store.find(id, caller.username(), caller.actsForParticipatingGovernment()).orElseThrow(() -> notFound(id));
		if (!saved.shared() && !saved.author().equals(caller.username())) {
			throw notFound(id);
		}
		return saved;
	}

	/** Shares a forecast with every forecaster, or makes it private again (its author only). */
	@Transactional
	public Saved share(Caller caller, long id, boolean shared) {
		Saved saved = find(caller, id);
		if (!saved.author().equals(caller.username())) {
			throw ForbiddenException.of("not-your-forecast", "Not your forecast",
					"Forecast " + id + " belongs to " + saved.author() + "; only its author may share it or make it private.");
		}
		store.share(id, shared);
		return new Saved(saved.id(), saved.author(), saved.createdAt(), shared, saved.title(), saved.result());
	}

	private static NotFoundException notFound(long id) {
		return NotFoundException.of("forecast-not-found", "Unknown forecast",
				"No forecast " + id + " is yours or shared with you. Forecasts are private to their author unless shared.");
	}

	private static InvalidInputException invalid(String detail) {
		return InvalidInputException.of("invalid-scenario", "Invalid forecast scenario", detail);
	}
}
