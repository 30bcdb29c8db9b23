package org.plenary.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.plenary.screening.Screening;
import org.plenary.screening.matching.Corroboration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import tools.jackson.databind.JsonNode;

/**
 * {@code plenary screen [--input FILE|-]}: parties in ({@code {"id", "name", "country", "dateOfBirth"}}), ranked
 * list hits out ({@code {"id", "hits": [{"list", "entryId", "matchedName", "score", "explanation"}]}}); a country
 * or date of birth that agrees with the list's raises a hit, one that differs lowers it, and the hit then
 * carries {@code nameScore} and {@code corroboration}.
 */
@Command(name = "screen", description = "Screen parties against the published lists (JSON Lines in: {id, name, country, dateOfBirth}; "
		+ "out: {id, hits: [{list, entryId, matchedName, score, explanation}]}).")
class ScreenCommand implements Callable<Integer> {

	@Option(names = "--input", defaultValue = "-", description = "Parties, one JSON object a line (default: standard input)")
	String input;

	@Option(names = "--output", defaultValue = "-", description = "Hits (default: standard output)")
	String output;

	@Mixin
	MatchingOptions matching;


	@Option(names = "--limit", defaultValue = "10", description = "Hits per party at most (default 10)")
	int limit;

	@Override
	public Integer call() throws IOException {
		Screening screening = matching.screening();
		// A list that did not load, one older than plenary.screening.max-age, or one of unknown age: said once, on standard error.
		screening.warnings().forEach(warning -> System.err.println("plenary: " + warning));
		try (BufferedReader in = AssessCommand.reader(input); Writer out = AssessCommand.writer(output)) {
			long errors = JsonLinesPipeline.run(in, out, (line, text) -> {
				try {
					JsonNode party = AssessCommand.JSON.readTree(text);
					String name = party.path("name").asString("");
					if (name.isBlank()) {
						return AssessCommand.error(line, "Invalid party", "'name' is required.");
					}
					Corroboration.Evidence evidence;
					try {
						evidence = evidence(party);
					}
					catch (IllegalArgumentException ex) {
						return AssessCommand.error(line, "Invalid party", ex.getMessage() + ".");
					}
					Map<String, Object> result = new LinkedHashMap<>();
					result.put("id", party.path("id").asString(""));
					result.put("hits", screening.screen(name, evidence, limit));
					return new JsonLinesPipeline.Result(AssessCommand.JSON.writeValueAsString(result), false);
				}
				catch (RuntimeException ex) {
					return AssessCommand.error(line, "Unreadable party", org.plenary.shared.JsonErrors.describe(ex));
				}
			});
			return errors > 0 ? 2 : 0;
		}
	}

	/** The party's country and date of birth, where given; one that is not a country or a date is an error naming the field. */
	static Corroboration.Evidence evidence(JsonNode party) {
		return Corroboration.Evidence.given(party.path("country").isString() ? party.path("country").asString() : null,
				party.path("dateOfBirth").isString() ? party.path("dateOfBirth").asString() : null, LocalDate.now(ZoneOffset.UTC));
	}
}
