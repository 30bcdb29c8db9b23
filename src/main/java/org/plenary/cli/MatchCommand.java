package org.plenary.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.plenary.screening.matching.NameMatcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import tools.jackson.databind.JsonNode;

/**
 * {@code plenary match [--input FILE|-]}: name pairs in ({@code {"id", "name1", "name2", "schema"}}),
 * {@code {"id", "score", "match"}} out, the configured threshold deciding {@code match}. Token weights
 * come from the published lists, as in screening.
 */
@Command(name = "match", description = "Score name pairs (JSON Lines in: {id, name1, name2, schema}; out: {id, score, match}).")
class MatchCommand implements Callable<Integer> {

	@Option(names = "--input", defaultValue = "-", description = "Name pairs, one JSON object a line (default: standard input)")
	String input;

	@Option(names = "--output", defaultValue = "-", description = "Scores (default: standard output)")
	String output;


	@Mixin
	MatchingOptions matching;

	@Option(names = "--explain", description = "Add the explanation of each score")
	boolean explain;

	@Override
	public Integer call() throws IOException {
		NameMatcher matcher = matching.screening().matcher();
		try (BufferedReader in = AssessCommand.reader(input); Writer out = AssessCommand.writer(output)) {
			long errors = JsonLinesPipeline.run(in, out, (line, text) -> {
				try {
					JsonNode pair = AssessCommand.JSON.readTree(text);
					NameMatcher.Result r = matcher.compare(pair.path("name1").asString(""), pair.path("name2").asString(""));
					Map<String, Object> result = new LinkedHashMap<>();
					result.put("id", pair.path("id").asString(""));
					result.put("score", Math.round(r.score() * 10_000) / 10_000.0);
					result.put("match", r.match());
					if (explain) {
						result.put("explanation", r.explanation());
					}
					return new JsonLinesPipeline.Result(AssessCommand.JSON.writeValueAsString(result), false);
				}
				catch (RuntimeException ex) {
					return AssessCommand.error(line, "Unreadable pair", org.plenary.shared.JsonErrors.describe(ex));
				}
			});
			return errors > 0 ? 2 : 0;
		}
	}
}
