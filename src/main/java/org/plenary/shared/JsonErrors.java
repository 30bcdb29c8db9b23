package org.plenary.shared;

import java.util.Arrays;

/**
 * Describes why a JSON body could not be read, in words a person can act on: which field, what was
 * expected (for an enum, the allowed values), never a class name.
 */
public final class JsonErrors {

	private JsonErrors() {
	}

	public static String describe(Throwable ex) {
		Throwable cause = ex;
		while (cause != null) {
			if (cause instanceof tools.jackson.databind.exc.InvalidFormatException invalid) {
				return "Field '" + path(invalid) + "' has the value '" + invalid.getValue() + "', which is not "
						+ expected(invalid.getTargetType()) + ".";
			}
			if (cause instanceof tools.jackson.databind.exc.MismatchedInputException mismatch) {
				return "Field '" + path(mismatch) + "' has the wrong shape: expected " + expected(mismatch.getTargetType()) + ".";
			}
			if (cause instanceof tools.jackson.core.exc.StreamReadException read) {
				return "Not valid JSON: " + firstLine(read.getOriginalMessage()) + ".";
			}
			if (cause instanceof ClientErrorException clientError) {
				return clientError.detail();
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
			return "a date in ISO-8601 format YYYY-MM-DD";
		}
		return "a valid " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "syntax error";
		}
		int nl = message.indexOf('\n');
		return nl < 0 ? message : message.substring(0, nl);
	}
}
