package org.plenary.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;


/**
 * The checks every command passes where it enters the platform, whichever way it came (a JSON
 * body, a page's form, a command-line file):
 * <ul>
 * <li>text: no string anywhere in it holds NUL or another control character (C0, DEL, C1) or half a
 * surrogate pair; strings of a command are one line (no tab or line break) unless the field is
 * {@link FreeText};</li>
 * <li>dates: every {@link LocalDate} and {@link Instant} in it lies in {@link Dates#RANGE};</li>
 * <li>its Bean Validation constraints (lengths that match the database columns, required fields).</li>
 * </ul>
 * A failure is an {@link InvalidFieldsException} naming the field ({@code endUser.aliases[2]}).
 * The API checks every request body the same way before a controller sees it.
 */
public final class Inputs {

	private Inputs() {
	}

	/** Checks text, dates and constraints of {@code command} (null passes: a command may be optional). */
	public static <T> T valid(T command) {
		if (command == null) {
			return null;
		}
		checkTextAndDates(command);
		Set<ConstraintViolation<T>> violations = Holder.VALIDATOR.validate(command);
		if (!violations.isEmpty()) {
			throw InvalidFieldsException.of(violations.stream()
					.map(v -> new InvalidFieldsException.FieldProblem(path(v.getPropertyPath()), v.getMessage()))
					.sorted(Comparator.comparing(InvalidFieldsException.FieldProblem::field)).toList());
		}
		return command;
	}

	/**
	 * Checks every string and date in {@code value}: a record (components by name), a map (keys and
	 * values), a collection, a JSON tree, or a string. Strings of a JSON tree or a map may hold tabs
	 * and line breaks: only a record says which of its fields are one line.
	 */
	public static void checkTextAndDates(Object value) {
		ValueWalker.check(value);
	}

	/** Checks one named string: printable text of at most {@code max} characters, required or not. */
	public static String text(String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw InvalidFieldsException.of(field, "is required and must not be blank");
			}
			return value;
		}
		if (value.length() > max) {
			throw InvalidFieldsException.of(field, "must be at most " + max + " characters long; got " + value.length());
		}
		String problem = problem(value, false);
		if (problem != null) {
			throw InvalidFieldsException.of(field, problem);
		}
		return value;
	}

	/** A value as an error message may quote it: at most 60 characters, control characters escaped. */
	public static String shown(Object value) {
		String s = String.valueOf(value);
		StringBuilder out = new StringBuilder(Math.min(s.length(), 64));
		for (int i = 0; i < s.length() && i < 60; i++) {
			char c = s.charAt(i);
			out.append(c < 0x20 || c >= 0x7f && c <= 0x9f || Character.isSurrogate(c) ? String.format("\\u%04X", (int) c) : c);
		}
		if (s.length() > 60) {
			out.append("... (").append(s.length()).append(" characters)");
		}
		return out.toString();
	}

	/** What is wrong with a string's characters, or null: a control character, half a surrogate pair. */
	public static String problem(String s, boolean freeText) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
				if (freeText && (c == '\t' || c == '\n' || c == '\r')) {
					continue;
				}
				return "contains the control character U+" + String.format("%04X", (int) c) + " at position " + (i + 1) + "; "
						+ (freeText ? "text may hold tabs and line breaks but no other control character"
								: c == '\t' || c == '\n' || c == '\r' ? "this field is one line of text, without tabs or line breaks"
										: "only printable characters are allowed");
			}
			if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return "contains half a UTF-16 surrogate pair at position " + (i + 1) + ", which is not a character";
			}
		}
		return null;
	}

	/** {@code endUser.aliases[2]} from a Bean Validation path, without the method and container nodes. */
	private static String path(Path path) {
		StringBuilder s = new StringBuilder();
		for (Path.Node node : path) {
			if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getKind() == ElementKind.BEAN) {
				if (node.getIndex() != null) {
					s.append('[').append(node.getIndex()).append(']');
				}
				else if (node.getKey() != null) {
					s.append('[').append(node.getKey()).append(']');
				}
				continue;
			}
			if (node.isInIterable()) {
				s.append(node.getIndex() != null ? "[" + node.getIndex() + "]" : node.getKey() != null ? "[" + node.getKey() + "]" : "");
			}
			if (node.getName() != null) {
				s.append(s.isEmpty() ? "" : ".").append(node.getName());
			}
		}
		return s.isEmpty() ? "(body)" : s.toString();
	}

	/** The validator, built on first use (commands on the command line need no Spring context). */
	private static final class Holder {

		static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
	}
}
