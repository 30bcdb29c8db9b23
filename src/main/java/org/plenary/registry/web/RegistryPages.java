package org.plenary.registry.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plenary.registry.Fact;
import org.plenary.registry.MapStatus;
import org.plenary.registry.Participation;
import org.plenary.registry.Registry;
import org.plenary.registry.Roster;
import org.plenary.registry.StateProfile;
import org.plenary.registry.StateSummary;
import org.plenary.shared.Citation;
import org.plenary.shared.StateCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages: the map (home), a state's profile with its timeline, the roster. */
@Controller
class RegistryPages {

	private final Registry registry;

	RegistryPages(Registry registry) {
		this.registry = registry;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) String asOf, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		LocalDate day = AsOf.read(asOf, registry.today()).show(model, response).day();
		List<StateSummary> states = registry.states(day);
		Map<MapStatus, Long> counts = new EnumMap<>(MapStatus.class);
		for (MapStatus status : MapStatus.values()) {
			counts.put(status, states.stream().filter(s -> s.status() == status).count());
		}
		model.addAttribute("asOf", day);
		model.addAttribute("today", registry.today());
		model.addAttribute("counts", counts);
		return rosterPanel(day, model, "home");
	}

	@GetMapping("/roster/panel")
	String rosterPanel(@RequestParam(required = false) String asOf, Model model) {
		return rosterPanel(AsOf.read(asOf, registry.today()).show(model).day(), model, "fragments :: roster-panel");
	}

	@GetMapping("/roster")
	String roster(@RequestParam(required = false) String asOf, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		LocalDate day = AsOf.read(asOf, registry.today()).show(model, response).day();
		Map<String, Participation> since = registry.states(day).stream().filter(StateSummary::nsgParticipant)
				.collect(Collectors.toMap(StateSummary::code, s -> currentParticipation(s.code(), day)));
		model.addAttribute("participations", since.values().stream()
				.sorted(Comparator.comparing(Participation::validFrom).thenComparing(Participation::state)).toList());
		model.addAttribute("observers", registry.observers());
		model.addAttribute("chairs", registry.chairs());
		return rosterPanel(day, model, "roster");
	}

	@GetMapping("/states/{code}")
	String state(@PathVariable String code, @RequestParam(required = false) String asOf, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		LocalDate day = AsOf.read(asOf, registry.today()).show(model, response).day();
		StateProfile profile = registry.profile(StateCode.of(code), day);
		model.addAttribute("asOf", day);
		model.addAttribute("profile", profile);
		model.addAttribute("timeline", Timeline.of(profile));
		return "state";
	}

	private String rosterPanel(LocalDate day, Model model, String view) {
		Roster roster = registry.participants(day);
		Map<String, String> names = registry.states(day).stream()
				.collect(Collectors.toMap(StateSummary::code, StateSummary::name, (a, b) -> a));
		model.addAttribute("asOf", day);
		model.addAttribute("roster", roster);
		model.addAttribute("names", names);
		return view;
	}

	private Participation currentParticipation(String code, LocalDate day) {
		return registry.profile(StateCode.of(code), day).participation().stream().filter(p -> p.holdsOn(day))
				.findFirst().orElseThrow();
	}

	/** One entry of a state's timeline: a fact or a participation, placed by its start. */
	record Timeline(LocalDate date, String when, String until, String kind, String title, String value, List<Citation> citations,
			boolean verified, String note, boolean inForce) {

		static List<Timeline> of(StateProfile profile) {
			Function<Fact, Timeline> fact = f -> new Timeline(f.validFrom(), f.since(),
					f.validTo() == null ? null : f.validTo().toString(), f.kind().name(), f.kind().label(), f.value(), f.citations(),
					f.verified(), f.note(), f.holdsOn(profile.asOf()));
			Function<Participation, Timeline> pg = p -> new Timeline(p.validFrom(), p.since(),
					p.validTo() == null ? null : p.validTo().toString(), "NSG", "NSG participation", "PARTICIPATING_GOVERNMENT",
					p.citations(), p.verified(), p.note(), p.holdsOn(profile.asOf()));
			return java.util.stream.Stream.concat(profile.facts().stream().map(fact), profile.participation().stream().map(pg))
				.sorted(Comparator.comparing(Timeline::date, Comparator.nullsFirst(Comparator.naturalOrder())))
				.toList();
		}
	}
}
