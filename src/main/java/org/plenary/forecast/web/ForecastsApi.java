package org.plenary.forecast.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.plenary.forecast.ForecastResult;
import org.plenary.forecast.Forecasts;
import org.plenary.forecast.scenario.Scenario;
import org.plenary.forecast.scenario.ScenarioLibrary;
import org.plenary.shared.Caller;
import org.plenary.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

/** Forecasts over HTTP: analysts and PGs' users; private to their author unless shared. */
@RestController
@Tag(name = "Forecast", description = "Probability of consensus, pivotal PGs and what would change the outcome")
class ForecastsApi {

	private final Forecasts forecasts;

	ForecastsApi(Forecasts forecasts) {
		this.forecasts = forecasts;
	}

	@PostMapping(path = "/api/forecasts", produces = "application/json")
	@Operation(summary = "Forecast a scenario (the format of docs/forecasting.md; add \"shared\": true to share it). Saved and "
			+ "returned with its id (201); with ?save=false only computed (200). Analysts and PGs' users.")
	ResponseEntity<ForecastResult> forecast(Caller caller, @RequestBody JsonNode body,
			@RequestParam(defaultValue = "true") boolean save) {
		Scenario scenario = Scenario.read(body, forecasts.today());
		if (!save) {
			return ResponseEntity.ok(forecasts.forecast(caller, scenario));
		}
		JsonNode shared = body.get("shared");
		if (shared != null && !shared.isBoolean()) {
			throw InvalidInputException.of("invalid-scenario", "Invalid forecast scenario", "'shared' must be true or false.");
		}
		Forecasts.Saved saved = forecasts.save(caller, scenario, shared != null && shared.asBoolean());
		return ResponseEntity.created(URI.create("/api/forecasts/" + saved.id())).body(saved.result());
	}

	@GetMapping(path = "/api/forecasts", produces = "application/json")
	@Operation(summary = "Your forecasts and those shared with you, newest first")
	List<Forecasts.Saved> list(Caller caller) {
		return forecasts.list(caller);
	}

	@GetMapping(path = "/api/forecasts/{id}", produces = "application/json")
	@Operation(summary = "One of your forecasts, or a shared one")
	Forecasts.Saved find(Caller caller, @PathVariable long id) {
		return forecasts.find(caller, id);
	}

	@PutMapping(path = "/api/forecasts/{id}/shared", produces = "application/json")
	@Operation(summary = "Share your forecast with every forecaster ({\"shared\": true}) or make it private again")
	Forecasts.Saved share(Caller caller, @PathVariable long id, @RequestBody Map<String, Object> body) {
		if (!(body.get("shared") instanceof Boolean shared)) {
			throw InvalidInputException.of("invalid-share", "Invalid request", "Send {\"shared\": true} or {\"shared\": false}.");
		}
		return forecasts.share(caller, id, shared);
	}

	@GetMapping(path = "/api/forecasts/scenarios", produces = "application/json")
	@Operation(summary = "The shipped scenarios: the 2008 exception, Seoul 2016 on India, Pakistan 2016, a hypothetical package")
	List<Map<String, Object>> scenarios(Caller caller) {
		caller.requireRole(Forecasts.FORECASTERS);
		return ScenarioLibrary.all().stream().map(e -> Map.<String, Object>of("key", e.key(),
				"title", e.scenario().title() == null ? e.key() : e.scenario().title(), "scenario", e.json())).toList();
	}
}
