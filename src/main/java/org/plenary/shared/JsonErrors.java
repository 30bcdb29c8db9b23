package org.plenary.shared;

import java.util.Arrays;

/**
 * Describes why a JSON body could not be read, in words a person can act on: which field, what was
 * expected (for an enum, the allowed values; for a number, its range), never a class name. A value
 * quoted back is shortened ({@link Inputs#shown}).
 */
public final class JsonErrors {

	private JsonErrors() {
	}

	public static String describe(Throwable ex) {
		String path = null;
		Throwable cause = ex;
		while (cause != null) {
			if (path == null && cause instanceof tools.jackson.databind.DatabindException databind && !databind.getPath().isEmpty()) {
				path = path(databind);
			}
			if (cause instanceof tools.jackson.databind.exc.InvalidFormatException invalid) {
				return "Field '" + path(invalid) + "' has the value '" + Inputs.shown(invalid.getValue()) + "', which is not "
						+ expected(invalid.getTargetType()) + ".";
			}
			if (cause instanceof tools.jackson.databind.exc.MismatchedInputException mismatch
					&& !(mismatch.getCause() instanceof ClientErrorException)) {
				return "Field '" + path(mismatch) + "' has the wrong shape: expected " + expected(mismatch.getTargetType()) + ".";
			}
			if (cause instanceof ClientErrorException clientError) {
				return path == null ? clientError.detail() : "Field '" + path + "': " + clientError.detail();
			}
			if (cause instanceof tools.jackson.core.exc.InputCoercionException coercion) {
				return (path == null ? "A number" : "Field '" + path + "'") + " is out of range: " + firstLine(coercion.getOriginalMessage())
						+ ".";
			}
			if (cause instanceof tools.jackson.core.exc.StreamReadException read) {
				return (path == null ? "Not valid JSON: " : "Field '" + path + "' could not be read: ")
						+ firstLine(read.getOriginalMessage()) + ".";
			}
			cause = cause.getCause() == cause ? null : cause.getCause();
		}
		return "The body could not be read as JSON. Send a JSON object with Content-Type: application/json.";
	}

	private static String path(tools.jackson.databind.DatabindException ex) {
		String path = ex.getPath().stream().map(ref -> ref.getPropertyName() != null ? ref.getPropertyName()
				: "[" + ref.getIndex() + "]").reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("(root)");
		return path;
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "a valid value";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.toString(type.getEnumConstants());
		}
		if (type == java.time.LocalDate.class) {
			return "a date in ISO-8601 format YYYY-MM-DD " + Dates.RANGE;
		}
		if (type == java.time.Instant.class) {
			return "an instant in ISO-8601 format, e.g. 2026-06-01T12:00:00Z";
		}
		if (type == Long.class || type == long.class) {
			return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
		}
		if (type == Integer.class || type == int.class) {
			return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "a string";
		}
		if (java.util.Collection.class.isAssignableFrom(type)) {
			return "an array";
		}
		if (type.isRecord() || java.util.Map.class.isAssignableFrom(type)) {
			return "an object";
		}
		return "a valid " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "syntax error";
		}
		int nl = message.indexOf('\n');
		String line = nl < 0 ? message : message.substring(0, nl);
		return line.length() > 300 ? line.substring(0, 300) + "..." : line;
	}
}
