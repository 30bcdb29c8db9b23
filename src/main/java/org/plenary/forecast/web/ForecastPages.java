package org.plenary.forecast.web;

import org.plenary.forecast.Forecasts;
import org.plenary.forecast.scenario.ScenarioLibrary;
import org.plenary.shared.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forecast page: a scenario, per-PG bars and sliders, bloc weights, the map coloured by stance,
 * the bargaining rounds. Its script talks to {@link ForecastPageApi} and redraws. With
 * {@code ?saved=ID} it reopens a saved forecast (the author's own or a shared one): the scenario is
 * rebuilt from it and its saved result shown; that address is the link an analyst shares.
 */
@Controller
class ForecastPages {

	private final Forecasts forecasts;

	ForecastPages(Forecasts forecasts) {
		this.forecasts = forecasts;
	}

	@GetMapping("/forecast")
	String page(Caller caller, @RequestParam(defaultValue = "india-2016-seoul") String scenario,
			@RequestParam(required = false) Long saved, Model model) {
		caller.requireRole(Forecasts.FORECASTERS);
		var selected = ScenarioLibrary.find(scenario).orElseGet(() -> ScenarioLibrary.all().get(0));
		model.addAttribute("scenarios", ScenarioLibrary.all());
		model.addAttribute("selected", selected);
		model.addAttribute("description", selected.scenario().description());
		model.addAttribute("scenarioJson", selected.json().toPrettyString());
		if (saved != null) {
			Forecasts.Saved reopened = forecasts.find(caller, saved);
			model.addAttribute("reopened", reopened);
			model.addAttribute("description", null);
			model.addAttribute("scenarioJson", SavedScenario.of(reopened.result()).toPrettyString());
		}
		model.addAttribute("saved", forecasts.list(caller));
		model.addAttribute("username", caller.username());
		return "forecast";
	}
}
