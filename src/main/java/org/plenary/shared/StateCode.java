package org.plenary.shared;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An ISO 3166-1 alpha-2 code naming a state ({@code IN}, {@code PK}, {@code KP}). Always upper case.
 */
public record StateCode(String value) implements Comparable<StateCode>, java.io.Serializable {

	/** A code as a request may write it, in any letter case: for {@code @Pattern} on a command's field. */
	public static final String FORMAT = "\\s*[A-Za-z]{2}\\s*";

	/** What {@link #FORMAT} asks for, after the field's name. */
	public static final String FORMAT_MESSAGE = "must be a state's two-letter ISO 3166-1 alpha-2 code, such as IN or US";

	private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

	public StateCode {
		if (!alpha2(value)) {
			throw InvalidInputException.of("state-code", "Invalid state code",
					"A state code is two letters of ISO 3166-1 alpha-2, such as IN or US; got '" + Inputs.shown(value) + "'.");
		}
	}

	/** Whether {@code value} is two letters A to Z, as {@link #ALPHA_2} says, without a regular expression (batches make millions). */
	private static boolean alpha2(String value) {
		return value != null && value.length() == 2 && isUpperAscii(value.charAt(0)) && isUpperAscii(value.charAt(1));
	}

	private static boolean isUpperAscii(char c) {
		return c >= 'A' && c <= 'Z';
	}

	/** Parses the code a request gives in {@code field}, refusing a malformed one with a problem naming the field. */
	public static StateCode of(String field, String value) {
		if (value == null || !ALPHA_2.matcher(value.trim().toUpperCase(java.util.Locale.ROOT)).matches()) {
			throw InvalidFieldsException.of(field, FORMAT_MESSAGE + "; got '" + Inputs.shown(value) + "'");
		}
		return of(value);
	}

	/** Parses a code in any letter case ({@code in}, {@code In}, {@code IN}). */
	@JsonCreator
	public static StateCode of(String value) {
		return new StateCode(value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT));
	}

	@Override
	public int compareTo(StateCode other) {
		return value.compareTo(other.value);
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}
}
