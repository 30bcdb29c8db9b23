package org.plenary.shared;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A command with missing or invalid fields (HTTP 400): the problem's detail names each field and
 * says what it allows, and its {@code fieldErrors} property lists them as {@code {field, message}}.
 * Bean Validation on a request body, {@link Inputs} and the modules' own checks all give this one shape.
 */
public class InvalidFieldsException extends InvalidInputException {

	private final List<FieldProblem> fields;

	private InvalidFieldsException(List<FieldProblem> fields) {
		super("invalid-request", "Invalid request", detail(fields), Map.of("fieldErrors", List.copyOf(fields)));
		this.fields = List.copyOf(fields);
	}

	public static InvalidFieldsException of(List<FieldProblem> fields) {
		return new InvalidFieldsException(fields);
	}

	public static InvalidFieldsException of(String field, String message) {
		return new InvalidFieldsException(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> fields() {
		return fields;
	}

	private static String detail(List<FieldProblem> fields) {
		return "Invalid request: " + fields.stream().map(f -> "'" + f.field() + "' " + f.message())
				.collect(Collectors.joining("; ")) + ".";
	}

	/** One invalid field: its path in the request ({@code endUser.aliases[2]}) and what is wrong. */
	public record FieldProblem(String field, String message) {
	}
}
