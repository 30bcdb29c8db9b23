package org.plenary.registry.web;

import java.time.LocalDate;
import java.util.List;

import org.plenary.registry.Registry;
import org.plenary.registry.Roster;
import org.plenary.registry.StateProfile;
import org.plenary.registry.StateSummary;
import org.plenary.shared.StateCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The registry over HTTP: public, read-only, as of any date (default: today). */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "Registry", description = "States, their dated facts, and the NSG roster")
class RegistryApi {

	private static final String AS_OF = "The date to answer as of, ISO-8601 (YYYY-MM-DD); default today";

	private final Registry registry;

	RegistryApi(Registry registry) {
		this.registry = registry;
	}

	@GetMapping("/states")
	@Operation(summary = "Every state (193 UN members, the Holy See and Palestine) with its status on a date")
	List<StateSummary> states(@Parameter(description = AS_OF) @RequestParam(required = false) LocalDate asOf) {
		return registry.states(orToday(asOf));
	}

	@GetMapping("/states/{code}")
	@Operation(summary = "One state's profile on a date: status, facts in force, and its whole dated timeline with sources")
	StateProfile state(@Parameter(description = "ISO 3166-1 alpha-2 code, e.g. IN") @PathVariable String code,
			@Parameter(description = AS_OF) @RequestParam(required = false) LocalDate asOf) {
		return registry.profile(StateCode.of(code), orToday(asOf));
	}

	@GetMapping("/regimes/nsg/participants")
	@Operation(summary = "The NSG's Participating Governments on a date")
	Roster participants(@Parameter(description = AS_OF) @RequestParam(required = false) LocalDate asOf) {
		return registry.participants(orToday(asOf));
	}

	private LocalDate orToday(LocalDate asOf) {
		return asOf == null ? registry.today() : asOf;
	}
}
