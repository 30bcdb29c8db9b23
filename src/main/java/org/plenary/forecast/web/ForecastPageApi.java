package org.plenary.forecast.web;

import java.util.List;
import java.util.Map;

import org.plenary.forecast.ForecastResult;
import org.plenary.forecast.Forecasts;
import org.plenary.forecast.scenario.Scenario;
import org.plenary.shared.Caller;
import org.plenary.shared.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * What the forecast page's script calls: the API's operations under the page's session and CSRF
 * token (the API itself takes HTTP Basic only). Errors are RFC 9457 problems, as on the API.
 */
@RestController
class ForecastPageApi {

	private final Forecasts forecasts;

	ForecastPageApi(Forecasts forecasts) {
		this.forecasts = forecasts;
	}

	@PostMapping(path = "/forecast/run", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ForecastResult run(Caller caller, @RequestBody JsonNode scenario) {
		return forecasts.forecast(caller, Scenario.read(scenario, forecasts.today()));
	}

	@PostMapping(path = "/forecast/saved", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> save(Caller caller, @RequestBody JsonNode scenario, @RequestParam(defaultValue = "false") boolean shared) {
		Forecasts.Saved saved = forecasts.save(caller, Scenario.read(scenario, forecasts.today()), shared);
		return Map.of("id", saved.id(), "shared", saved.shared(), "title", saved.title());
	}

	/** The caller's saved forecasts and those shared with them, newest first, as the page's list shows them. */
	@GetMapping(path = "/forecast/saved", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Map<String, Object>> list(Caller caller) {
		return forecasts.list(caller).stream().map(f -> Map.<String, Object>of("id", f.id(), "title", f.title(), "author", f.author(),
				"shared", f.shared(), "mine", f.author().equals(caller.username()), "pConsensus", f.result().pConsensus())).toList();
	}

	/** Shares the caller's forecast with every forecaster, or makes it private again: {"shared": true}. */
	@PutMapping(path = "/forecast/saved/{id}/shared", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> share(Caller caller, @PathVariable long id, @RequestBody Map<String, Object> body) {
		if (!(body.get("shared") instanceof Boolean shared)) {
			throw InvalidInputException.of("invalid-share", "Invalid request", "Send {\"shared\": true} or {\"shared\": false}.");
		}
		Forecasts.Saved saved = forecasts.share(caller, id, shared);
		return Map.of("id", saved.id(), "shared", saved.shared(), "title", saved.title());
	}

	/** A saved forecast: the caller's own, or a shared one. */
	@GetMapping(path = "/forecast/saved/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Forecasts.Saved saved(Caller caller, @PathVariable long id) {
		return forecasts.find(caller, id);
	}
}
