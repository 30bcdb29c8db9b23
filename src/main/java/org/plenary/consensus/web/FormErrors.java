package org.plenary.consensus.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.plenary.shared.ClientErrorException;
import org.plenary.shared.InvalidFieldsException;

/**
 * The messages a form shows next to its fields, by field name ({@code title}, {@code payload.state});
 * a message that names no field is kept under {@code ""} and shown above the form. Also reads the
 * dates and times the forms take as text, so that a malformed one is a message, not an error page.
 */
final class FormErrors {

	private final Map<String, String> byField = new LinkedHashMap<>();

	/** The field a refusal without field names belongs to, by its problem type. */
	private static final Map<String, String> FIELD_OF_TYPE = Map.ofEntries(Map.entry("missing-subject", "subject"),
			Map.entry("already-participant", "subject"), Map.entry("subject-mismatch", "subject"),
			Map.entry("invalid-deadline", "deadline"), Map.entry("invalid-payload", "payload"),
			Map.entry("empty-amendment", "payload"), Map.entry("session-not-found", "sessionId"),
			Map.entry("invalid-dates", "closesOn"), Map.entry("no-roster", "tabledOn"));

	Map<String, String> map() {
		return byField;
	}

	boolean isEmpty() {
		return byField.isEmpty();
	}

	void add(String field, String message) {
		byField.merge(field, message, (a, b) -> a + "; " + b);
	}

	/** Files a refusal from a service under the fields it names. */
	void add(ClientErrorException ex, String unknownStateField) {
		if (ex instanceof InvalidFieldsException fields) {
			fields.fields().forEach(f -> add(f.field(), f.message()));
		}
		else if (ex.properties().get("field") instanceof String field) {
			add(field, ex.detail());
		}
		else if ("unknown-state".equals(ex.type())) {
			add(unknownStateField, ex.detail());
		}
		else {
			add(FIELD_OF_TYPE.getOrDefault(ex.type(), ""), ex.detail());
		}
	}

	/** Moves a message whose field the form does not show to the top of the form (under {@code ""}). */
	FormErrors relocate(java.util.function.Predicate<String> shown) {
		for (String field : java.util.List.copyOf(byField.keySet())) {
			if (!field.isEmpty() && !shown.test(field)) {
				String message = byField.remove(field);
				add("", "'" + field + "' " + message);
			}
		}
		return this;
	}

	/** One of an enum's values by name, or null with a message under {@code field} when it is none of them. */
	<E extends Enum<E>> E choice(String field, Class<E> type, String value) {
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(value)) {
				return e;
			}
		}
		add(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
		return null;
	}

	/** A yyyy-mm-dd date, or null when blank; a message under {@code field} when malformed. */
	LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			add(field, "must be a date written yyyy-mm-dd, such as 2026-06-23");
			return null;
		}
	}

	/** A UTC instant from a yyyy-mm-dd date and an hh:mm time (default 12:00), or null when the date is blank. */
	Instant utc(String field, String date, String time) {
		LocalDate day = date(field, date);
		if (day == null) {
			return null;
		}
		try {
			LocalTime at = time == null || time.isBlank() ? LocalTime.NOON : LocalTime.parse(time.strip());
			return LocalDateTime.of(day, at).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			add(field, "needs a time written hh:mm (24-hour, UTC), such as 12:00");
			return null;
		}
	}
}
