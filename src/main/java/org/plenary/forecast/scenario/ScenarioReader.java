package org.plenary.forecast.scenario;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.plenary.shared.Inputs;
import org.plenary.shared.InvalidFieldsException;
import org.plenary.shared.InvalidFieldsException.FieldProblem;
import org.plenary.shared.InvalidInputException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads a scenario: Jackson binds the JSON to a {@link ScenarioDocument} strictly (see
 * {@link StrictJson}), then {@link Inputs#valid} checks its text, dates and constraints. A refusal is a 400 problem {@code invalid-scenario} whose detail
 * names each field to correct ({@code stances[CN].pObject}, {@code blocs[0].members[2]}), with the
 * fields listed in {@code fieldErrors} as everywhere else.
 */
final class ScenarioReader {

	private ScenarioReader() {
	}

	/** The scenario in {@code node}, with {@code today} for a left-out {@code asOf}. */
	static Scenario read(JsonNode node, LocalDate today) {
		ScenarioDocument document;
		try {
			document = StrictJson.MAPPER.treeToValue(node, ScenarioDocument.class);
		}
		catch (JacksonException ex) {
			throw refusal(ex);
		}
		if (document == null) {
			throw refused(List.of(new FieldProblem("the scenario", "must be a JSON object")));
		}
		try {
			Inputs.valid(document);
		}
		catch (InvalidFieldsException ex) {
			throw refused(ex.fields());
		}
		return document.scenario(today);
	}

	/** Why Jackson could not bind the scenario, as the field to correct and what it must be. */
	private static InvalidInputException refusal(JacksonException ex) {
		String at = path(ex);
		if (ex instanceof UnrecognizedPropertyException unknown) {
			List<String> known = known(unknown);
			return refused("Unknown field '" + at + "'. Known fields here: " + known + ".",
					List.of(new FieldProblem(at, "is not a field here; the fields here are " + known)));
		}
		Class<?> type = ex instanceof MismatchedInputException m ? m.getTargetType()
				: ex instanceof InputCoercionException c ? c.getTargetType() : null;
		String problem = type == null ? "could not be read: " + ex.getOriginalMessage().lines().findFirst().orElse("")
				: "must be " + expected(type) + (ex instanceof InvalidNullException ? ", not null"
						: ex instanceof InvalidFormatException f && f.getValue() != null ? ", not '" + Inputs.shown(f.getValue()) + "'" : "");
		return refused(List.of(new FieldProblem(at, problem)));
	}

	/** The fields the object with the unknown one has, those the scenario reads and those it ignores, sorted. */
	private static List<String> known(UnrecognizedPropertyException unknown) {
		Set<String> known = new TreeSet<>();
		unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
		Class<?> type = unknown.getReferringClass();
		JsonIgnoreProperties ignored = type == null ? null : type.getAnnotation(JsonIgnoreProperties.class);
		if (ignored != null) {
			known.addAll(List.of(ignored.value()));
		}
		return List.copyOf(known);
	}

	/** What a field of {@code type} must be. */
	private static String expected(Class<?> type) {
		if (type == String.class) {
			return "a string";
		}
		if (type == Long.class || type == long.class) {
			return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		if (type == LocalDate.class) {
			return "a date, YYYY-MM-DD";
		}
		if (type.isEnum()) {
			String[] names = Arrays.stream(type.getEnumConstants()).map(String::valueOf).toArray(String[]::new);
			return String.join(", ", Arrays.copyOf(names, names.length - 1)) + " or " + names[names.length - 1];
		}
		return Collection.class.isAssignableFrom(type) ? "a JSON array" : "a JSON object";
	}

	/** The field's path, as {@link Inputs} writes it: {@code blocs[0].name}, {@code stances[CN].pObject}. */
	private static String path(JacksonException ex) {
		StringBuilder s = new StringBuilder();
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() == null) {
				s.append('[').append(ref.getIndex()).append(']');
			}
			else if (ref.from() instanceof Map) {
				s.append('[').append(Inputs.shown(ref.getPropertyName())).append(']');
			}
			else {
				s.append(s.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
		}
		return s.isEmpty() ? "the scenario" : s.toString();
	}

	private static InvalidInputException refused(List<FieldProblem> fields) {
		return refused(fields.stream().map(f -> "'" + f.field() + "' " + f.message()).collect(Collectors.joining("; ")) + ".", fields);
	}

	private static InvalidInputException refused(String detail, List<FieldProblem> fields) {
		return InvalidInputException.of("invalid-scenario", "Invalid forecast scenario", detail, Map.of("fieldErrors", fields));
	}
}
