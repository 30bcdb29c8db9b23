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
 * the bargaining rounds. Its script talks to {@link ForecastPageApi} and redraws.
 */
@Controller
class ForecastPages {

	private final Forecasts forecasts;

	ForecastPages(Forecasts forecasts) {
		this.forecasts = forecasts;
	}

	@GetMapping("/forecast")
	String page(Caller caller, @RequestParam(defaultValue = "india-2016-seoul") String scenario, Model model) {
		caller.requireRole(Forecasts.FORECASTERS);
		model.addAttribute("scenarios", ScenarioLibrary.all());
		model.addAttribute("selected", ScenarioLibrary.find(scenario).orElseGet(() -> ScenarioLibrary.all().get(0)));
		model.addAttribute("saved", forecasts.list(caller));
		return "forecast";
	}
}
