package org.plenary.forecast;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plenary.consensus.Basis;
import org.plenary.consensus.Decision;
import org.plenary.consensus.PositionEntry;
import org.plenary.consensus.ProposalView;
import org.plenary.consensus.Proposals;
import org.plenary.registry.FactKind;
import org.plenary.registry.NptStatus;
import org.plenary.registry.Registry;
import org.plenary.registry.StateProfile;
import org.plenary.shared.Caller;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.Role;
import org.plenary.shared.StateCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The forecast module's public API: resolves a scenario against the roster, the facts and the
 * recorded history on its date, runs the bargaining rounds when asked, forecasts with the veto-player
 * model and analyses what would change the outcome. Analysts and PGs' users may forecast; a saved
 * forecast is private to its author unless shared, and then visible to every user who may forecast.
 */
@Service
public class Forecasts {

	static final Role[] FORECASTERS = { Role.ANALYST, Role.DELEGATE, Role.OFFICER, Role.CHAIR };

	/** Positions an analyst may build on: those taken from public sources. */
	private static final Set<Basis> PUBLIC_BASES = Set.of(Basis.PRESS_REPORT, Basis.OFFICIAL_RECORD);

	private final Registry registry;
	private final Proposals proposals;
	private final ForecastSettings settings;
	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;

	Forecasts(Registry registry, Proposals proposals, ForecastSettings settings, JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.registry = registry;
		this.proposals = proposals;
		this.settings = settings;
		this.jdbc = jdbc;
		this.json = json;
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
		List<Priors.Subject> subjects = subjects(scenario);
		Map<String, Priors.Prior> priors = new Priors(settings).derive(scenario.proposal(), asOf, roster, subjects,
				history(allPositions, asOf));
		Map<String, Stance> stances = new LinkedHashMap<>();
		Map<String, ForecastResult.PriorView> origins = new HashMap<>();
		for (String pg : roster) {
			Scenario.Override o = scenario.stances().get(pg);
			if (o != null) {
				stances.put(pg, o.stance());
				origins.put(pg, new ForecastResult.PriorView("ANALYST", o.note() == null ? "Set by the analyst." : o.note(), null));
			}
			else if (scenario.defaultStance() != null) {
				stances.put(pg, scenario.defaultStance().stance());
				origins.put(pg, new ForecastResult.PriorView("SCENARIO_DEFAULT", "The scenario's defaultStance.", null));
			}
			else {
				Priors.Prior prior = priors.get(pg);
				stances.put(pg, prior.stance());
				origins.put(pg, new ForecastResult.PriorView(prior.rule(), prior.explanation(), prior.source()));
			}
		}
		PivotalAnalysis.Settings analysis = new PivotalAnalysis.Settings(scenario.method(),
				scenario.draws() == null ? settings.draws() : scenario.draws(), scenario.seed() == null ? 42 : scenario.seed(),
				settings.exactLimit(), scenario.target() == null ? 0.5 : scenario.target(),
				PivotalAnalysis.Settings.DEFAULT_SEARCH_BUDGET);
		VetoModel model = model(roster, stances, scenario.blocs());
		ForecastResult.BargainingView bargaining = null;
		if (scenario.bargaining() != null) {
			Bargained b = bargain(scenario, model, stances, analysis);
			bargaining = b.view();
			model = b.model();
		}
		PivotalAnalysis.Result result = PivotalAnalysis.analyse(model, analysis);
		boolean bargained = bargaining != null;
		List<ForecastResult.PivotView> pivotal = result.pivotal().stream()
			.map(v -> {
				Stance before = stances.get(v.pg());
				boolean moved = bargained && (before.pObject() != v.pObject() || before.pReserve() != v.pReserve());
				return new ForecastResult.PivotView(v.pg(), registry.name(StateCode.of(v.pg())), v.pObject(), v.pReserve(),
						v.gainIfJoins(), origins.get(v.pg()), moved ? before : null);
			})
			.toList();
		List<ForecastResult.BlocView> blocs = result.blocs().stream()
			.map(s -> new ForecastResult.BlocView(s.name(), blocMembers(scenario, s.name()), s.weight(), s.pIfIndependent(),
					s.pIfUnited(), s.slope()))
			.toList();
		VetoModel.Estimate e = result.consensus();
		boolean sampled = e.method() == Method.MONTE_CARLO;
		return new ForecastResult(null, scenario.title(), scenario.proposal(), asOf, roster, e.p(), e.standardError(), e.method(),
				sampled ? e.draws() : null, sampled ? analysis.seed() : null, result.pNoObjection(), pivotal,
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

	private record Bargained(VetoModel model, ForecastResult.BargainingView view) {
	}

	/** Runs the bargaining rounds from the stances; the stances after the last round feed the veto-player model. */
	private Bargained bargain(Scenario scenario, VetoModel model, Map<String, Stance> stances, PivotalAnalysis.Settings analysis) {
		Scenario.BargainingSpec spec = scenario.bargaining();
		Bargaining.Settings bs = settings.bargaining(spec.vetoWeight());
		Bargaining bargaining = new Bargaining(bs);
		List<String> roster = model.roster();
		for (String pg : spec.actors().keySet()) {
			if (!roster.contains(pg)) {
				throw invalid("bargaining.actors." + pg + ": " + pg + " is not a Participating Government on " + scenario.asOf() + ".");
			}
		}
		List<Bargaining.Actor> actors = new ArrayList<>();
		for (String pg : roster) {
			Scenario.ActorSpec a = spec.actors().getOrDefault(pg, new Scenario.ActorSpec(null, null, null));
			double capability = a.capability() != null ? a.capability()
					: registry.profile(StateCode.of(pg), scenario.asOf()).nptStatus() == NptStatus.NWS ? settings.nwsCapability() : 1.0;
			actors.add(new Bargaining.Actor(pg, a.position() != null ? a.position() : bargaining.position(stances.get(pg)),
					capability, a.salience() != null ? a.salience() : settings.salience()));
		}
		List<Bargaining.Round> rounds = bargaining.run(actors, spec.rounds());
		double[] start = rounds.get(0).positions();
		double before = model.consensus(analysis.method(), analysis.draws(), analysis.seed(), analysis.exactLimit()).p();
		List<ForecastResult.RoundView> views = new ArrayList<>();
		VetoModel moved = model;
		for (Bargaining.Round round : rounds) {
			moved = model;
			Map<String, Double> positions = new LinkedHashMap<>();
			for (int i = 0; i < roster.size(); i++) {
				positions.put(roster.get(i), round.positions()[i]);
				moved = moved.with(i, bargaining.stance(stances.get(roster.get(i)), start[i], round.positions()[i]));
			}
			double p = moved.consensus(analysis.method(), analysis.draws(), analysis.seed(), analysis.exactLimit()).p();
			views.add(new ForecastResult.RoundView(round.round(), positions, round.pivot(), round.weightedMedian(), p));
		}
		return new Bargained(moved, new ForecastResult.BargainingView(bs.vetoWeight(), before, views));
	}

	private List<Priors.Subject> subjects(Scenario scenario) {
		List<Priors.Subject> subjects = new ArrayList<>();
		for (String code : scenario.proposal().subjects()) {
			if (!registry.exists(StateCode.of(code))) {
				throw invalid("proposal: '" + code + "' is not a state the registry knows (ISO 3166-1 alpha-2, e.g. IN).");
			}
			StateProfile profile = registry.profile(StateCode.of(code), scenario.asOf());
			String source = profile.current(FactKind.NPT).map(f -> "NPT status: " + f.value() + " (" + f.source() + ")").orElse(null);
			subjects.add(new Priors.Subject(code, !profile.nptStatus().isParty(), source));
		}
		return subjects;
	}

	/** Every position recorded (before a decision) on a proposal tabled by {@code asOf}, with what the priors need to know of its proposal. */
	private List<Priors.PastPosition> history(boolean allPositions, LocalDate asOf) {
		List<Priors.PastPosition> out = new ArrayList<>();
		for (ProposalView summary : proposals.list(new Caller("forecast", Role.CHAIR, null))) {
			if (summary.tabledOn() == null || summary.tabledOn().isAfter(asOf)) {
				continue;
			}
			ProposalView p = proposals.view(summary.id());
			LocalDate decided = p.decisions() == null ? null : p.decisions().stream().map(Decision::decidedOn)
				.filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
			boolean outside = p.subject() != null && registry.exists(p.subject())
					&& !registry.profile(p.subject(), p.tabledOn()).nptStatus().isParty();
			for (PositionEntry e : p.history()) {
				if (e.position() == null || (!allPositions && !PUBLIC_BASES.contains(e.basis()))) {
					continue;
				}
				out.add(new Priors.PastPosition(p.id(), p.title(), p.type().name(), p.subject() == null ? null : p.subject().value(),
						outside, p.tabledOn(), decided, e.state().value(), e.position().name(), e.recordedOn(), e.basis().name(),
						e.source()));
			}
		}
		return out;
	}

	/** Forecasts and saves; private to its author unless {@code shared}. */
	@Transactional
	public Saved save(Caller caller, Scenario scenario, boolean shared) {
		ForecastResult result = forecast(caller, scenario);
		Instant now = clock.instant();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		String title = scenario.title() == null ? scenario.proposal().type() + " " + String.join("+", scenario.proposal().subjects())
				: scenario.title();
		// Built on every recorded position (a PG's user forecasts with them): shared with PGs' users only.
		boolean confidential = caller.actsForParticipatingGovernment();
		jdbc.sql("insert into forecast (author, created_at, shared, title, as_of, result, confidential) values (?, ?, ?, ?, ?, ?, ?)")
			.params(caller.username(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC), shared, title, scenario.asOf(), "{}",
					confidential)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		ForecastResult withId = result.withId(id);
		jdbc.sql("update forecast set result = ? where id = ?").params(json.writeValueAsString(withId), id).update();
		return new Saved(id, caller.username(), now, shared, title, withId);
	}

	/**
	 * The caller's own forecasts and those shared with them, newest first. A forecast made by a PG's
	 * user rests on positions only PGs' users may see (its priors explain them), so it is shared with
	 * PGs' users only.
	 */
	@Transactional(readOnly = true)
	public List<Saved> list(Caller caller) {
		caller.requireRole(FORECASTERS);
		return jdbc.sql("select id, author, created_at, shared, title, result from forecast where author = ? "
				+ "or (shared = true and (confidential = false or ?)) order by id desc")
			.params(caller.username(), caller.actsForParticipatingGovernment()).query(this::row).list();
	}

	/** One forecast: its author's, or a shared one. */
	@Transactional(readOnly = true)
	public Saved find(Caller caller, long id) {
		caller.requireRole(FORECASTERS);
		Saved saved = jdbc.sql("select id, author, created_at, shared, title, result from forecast where id = ? "
				+ "and (author = ? or (shared = true and (confidential = false or ?)))")
			.params(id, caller.username(), caller.actsForParticipatingGovernment())
			.query(this::row).optional().orElseThrow(() -> notFound(id));
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
		jdbc.sql("update forecast set shared = ? where id = ?").params(shared, id).update();
		return new Saved(saved.id(), saved.author(), saved.createdAt(), shared, saved.title(), saved.result());
	}

	private Saved row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Saved(rs.getLong("id"), rs.getString("author"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getBoolean("shared"), rs.getString("title"), json.readValue(rs.getString("result"), ForecastResult.class));
	}

	private static NotFoundException notFound(long id) {
		return NotFoundException.of("forecast-not-found", "Unknown forecast",
				"No forecast " + id + " is yours or shared with you. Forecasts are private to their author unless shared.");
	}

	private static InvalidInputException invalid(String detail) {
		return InvalidInputException.of("invalid-scenario", "Invalid forecast scenario", detail);
	}
}
