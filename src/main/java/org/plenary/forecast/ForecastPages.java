package org.plenary.forecast;

import java.util.LinkedHashMap;
import java.util.Map;

import org.plenary.shared.Caller;
import org.plenary.shared.ClientErrorException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import tools.jackson.databind.JsonNode;

/**
 * The forecast page: a scenario, per-PG bars and sliders, bloc weights, the map coloured by stance,
 * the bargaining rounds. The page's script posts the edited scenario to {@code /forecast/run} (the
 * session and its CSRF token, as every page form) and redraws.
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

	@PostMapping(path = "/forecast/run", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Object> run(Caller caller, @RequestBody JsonNode scenario) {
		try {
			return ResponseEntity.ok(forecasts.forecast(caller, Scenario.read(scenario, forecasts.today())));
		}
		catch (ClientErrorException ex) {
			return problem(ex);
		}
	}

	@PostMapping(path = "/forecast/saved", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Object> save(Caller caller, @RequestBody JsonNode scenario, @RequestParam(defaultValue = "false") boolean shared) {
		try {
			Forecasts.Saved saved = forecasts.save(caller, Scenario.read(scenario, forecasts.today()), shared);
			return ResponseEntity.ok(Map.of("id", saved.id(), "shared", saved.shared(), "title", saved.title()));
		}
		catch (ClientErrorException ex) {
			return problem(ex);
		}
	}

	/** A saved forecast as JSON, for the page's list (the session's caller: the author, or anyone when shared). */
	@GetMapping(path = "/forecast/saved/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Object> saved(Caller caller, @org.springframework.web.bind.annotation.PathVariable long id) {
		try {
			return ResponseEntity.ok(forecasts.find(caller, id));
		}
		catch (ClientErrorException ex) {
			return problem(ex);
		}
	}

	private static ResponseEntity<Object> problem(ClientErrorException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", ex.title());
		body.put("status", ex.status());
		body.put("detail", ex.detail());
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}
}
