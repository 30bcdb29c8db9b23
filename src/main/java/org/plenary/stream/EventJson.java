package org.plenary.stream;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.plenary.consensus.GuidelinesAmendment;
import org.plenary.guidelines.AdoptedAmendment;
import org.plenary.guidelines.AdoptedException;
import org.plenary.screening.denials.Denial;
import org.plenary.shared.Citations;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the externalized events (schema in docs/events.md) into what the assessor and the matcher
 * hold: a {@link Denial}, an {@link AdoptedException}, an {@link AdoptedAmendment}. Unknown fields are
 * ignored; a value of another schema's major version, or missing what the assessor needs, is refused
 * with the reason.
 */
final class EventJson {

	static final String DENIAL = "plenary.denial/1";
	static final String EXCEPTION = "plenary.exception/1";
	static final String GUIDELINES = "plenary.guidelines/1";
	static final String PARTICIPANT = "plenary.participant/1";

	/** How long a denial counts from its date when the event does not say (the web application's default). */
	static final Period DENIAL_VALIDITY = Period.ofYears(3);

	private final JsonMapper json;

	EventJson(JsonMapper json) {
		this.json = json;
	}

	/**
	 * A denial as the register holds it; status from {@code status}, or from {@code active} and
	 * {@code type} (REVOKED, WITHDRAWN) when the event has no status.
	 */
	Denial denial(String value) {
		JsonNode n = root(value, DENIAL);
		long id = number(n, "denialId");
		String pg = required(n, "denyingPg");
		LocalDate deniedOn = date(n, "deniedOn") != null ? date(n, "deniedOn") : requiredDate(n, "notifiedOn");
		ControlList list = constant(ControlList.class, required(n, "list"), "list");
		String entry = text(n, "entry");
		if (entry == null && n.path("items").isArray() && !n.path("items").isEmpty()) {
			entry = n.path("items").get(0).asString();
		}
		String endUser = n.path("endUser").isObject() ? n.path("endUser").path("name").asString(null) : text(n, "endUser");
		if (endUser == null || endUser.isBlank()) {
			throw new IllegalArgumentException("'endUser' is required");
		}
		String status = text(n, "status");
		if (status == null) {
			String type = text(n, "type");
			status = n.path("active").asBoolean(true) ? "ACTIVE" : "WITHDRAWN".equals(type) ? "WITHDRAWN" : "REVOKED";
		}
		LocalDate validUntil = date(n, "validUntil") != null ? date(n, "validUntil") : deniedOn.plus(DENIAL_VALIDITY);
		String reference = text(n, "reference") != null ? text(n, "reference") : "denial " + id;
		return new Denial(id, pg.strip().toUpperCase(Locale.ROOT), reference, deniedOn, list, entry, endUser.strip(),
				strings(n.has("endUserAliases") ? n.path("endUserAliases") : n.path("aliases")),
				text(n, "endUserAddress") != null ? text(n, "endUserAddress") : text(n, "address"), required(n, "recipientState").strip().toUpperCase(Locale.ROOT),
				text(n, "endUse"), text(n, "reasonClass"), status, validUntil, text(n, "notifiedBy"));
	}

	/** An exception adopted by consensus; its fields at the top or under {@code payload}. */
	AdoptedException exception(String value) {
		JsonNode n = root(value, EXCEPTION);
		JsonNode p = n.path("payload").isObject() ? n.path("payload") : n;
		String state = p.path("state").isObject() ? p.path("state").path("value").asString(null) : text(p, "state");
		if (state == null) {
			throw new IllegalArgumentException("'state' is required");
		}
		Set<ControlList> lists = new LinkedHashSet<>();
		for (String l : strings(p.path("lists"))) {
			lists.add(constant(ControlList.class, l, "lists"));
		}
		EndUseActivity activity = constant(EndUseActivity.class, required(p, "activity"), "activity");
		LocalDate from = date(n, "adoptedOn") != null ? date(n, "adoptedOn") : requiredDate(n, "date");
		String reference = text(n, "reference") != null ? text(n, "reference") : "proposal " + number(n, "proposalId");
		return new AdoptedException(reference, text(n, "title"), state.strip().toUpperCase(Locale.ROOT), Set.copyOf(lists), activity,
				Set.copyOf(strings(p.path("waives"))), Set.copyOf(strings(p.path("excludes"))), from,
				Citations.shipped().describe(reference), true, "DECISION", Citations.shipped().cite(reference));
	}

	/** A state admitted as a Participating Government, from a date, by a proposal adopted by consensus. */
	record Admission(org.plenary.shared.StateCode state, LocalDate admittedOn, long proposalId, String reference) {
	}

	/** An admission ({@code plenary.participant/1}). */
	Admission admission(String value) {
		JsonNode n = root(value, PARTICIPANT);
		String state = required(n, "state");
		if (!state.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("'state' must be an ISO 3166 alpha-2 code, not '" + state + "'");
		}
		long proposal = number(n, "proposalId");
		String reference = text(n, "reference");
		return new Admission(org.plenary.shared.StateCode.of(state), requiredDate(n, "admittedOn"), proposal,
				reference != null ? reference : "proposal " + proposal);
	}

	/** The key an exception is kept under: its proposal (one exception per adopted proposal). */
	String exceptionKey(String value) {
		return String.valueOf(number(root(value, EXCEPTION), "proposalId"));
	}

	/** An amendment adopted by consensus: its rows under {@code amendment}, or at the top. */
	AdoptedAmendment amendment(String value) {
		JsonNode n = root(value, GUIDELINES);
		JsonNode rows = n.path("amendment").isObject() ? n.path("amendment") : rows(n);
		GuidelinesAmendment amendment = json.treeToValue(rows, GuidelinesAmendment.class);
		LocalDate effective = date(n, "effectiveOn") != null ? date(n, "effectiveOn") : date(n, "effective");
		if (effective == null) {
			effective = amendment.effective();
		}
		if (effective == null || amendment.part() == null) {
			throw new IllegalArgumentException("'effectiveOn' and 'part' are required");
		}
		long proposal = number(n, "proposalId");
		return new AdoptedAmendment(proposal, text(n, "reference") != null ? text(n, "reference") : "proposal " + proposal,
				text(n, "title"), effective, amendment);
	}

	/**
	 * The amendment's rows as the guidelines module stores them, from the event's top level: the Part
	 * by number ({@code partNumber}; {@code part} there names it, {@code INFCIRC/254/Part 2}), the date
	 * from {@code effectiveOn}.
	 */
	private JsonNode rows(JsonNode n) {
		tools.jackson.databind.node.ObjectNode rows = json.createObjectNode();
		JsonNode part = n.path("partNumber").isIntegralNumber() ? n.path("partNumber") : n.path("part");
		if (part.isString() && part.asString().matches(".*Part [12]$")) {
			rows.put("part", Integer.parseInt(part.asString().substring(part.asString().length() - 1)));
		}
		else {
			rows.set("part", part);
		}
		rows.set("effective", n.has("effectiveOn") ? n.path("effectiveOn") : n.path("effective"));
		rows.set("paragraphs", n.path("paragraphs"));
		rows.set("entries", n.path("entries"));
		return rows;
	}

	/** When the change was recorded ({@code occurredAt}); null when the event does not say. */
	static java.time.Instant occurredAt(JsonMapper json, String value) {
		try {
			String at = json.readTree(value).path("occurredAt").asString(null);
			return at == null ? null : java.time.Instant.parse(at);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private JsonNode root(String value, String schema) {
		if (value == null) {
			throw new IllegalArgumentException("no value");
		}
		JsonNode n = json.readTree(value);
		if (!n.isObject()) {
			throw new IllegalArgumentException("not a JSON object");
		}
		String found = n.path("schema").asString("");
		if (!found.isEmpty() && !found.equals(schema) && !found.startsWith(schema + ".")) {
			throw new IllegalArgumentException("schema '" + found + "' is not " + schema);
		}
		return n;
	}

	static JsonMapper mapper() {
		return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	private static String text(JsonNode n, String field) {
		JsonNode v = n.path(field);
		return v.isMissingNode() || v.isNull() ? null : v.asString();
	}

	private static String required(JsonNode n, String field) {
		String v = text(n, field);
		if (v == null || v.isBlank()) {
			throw new IllegalArgumentException("'" + field + "' is required");
		}
		return v;
	}

	private static long number(JsonNode n, String field) {
		JsonNode v = n.path(field);
		if (v.isIntegralNumber()) {
			return v.asLong();
		}
		try {
			return Long.parseLong(required(n, field).strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + field + "' must be a number");
		}
	}

	private static LocalDate date(JsonNode n, String field) {
		String v = text(n, field);
		try {
			return v == null ? null : LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("'" + field + "' is not a date YYYY-MM-DD: " + v);
		}
	}

	private static LocalDate requiredDate(JsonNode n, String field) {
		LocalDate d = date(n, field);
		if (d == null) {
			throw new IllegalArgumentException("'" + field + "' is required");
		}
		return d;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		if (array.isArray()) {
			for (JsonNode v : array) {
				values.add(v.isObject() ? v.path("value").asString() : v.asString());
			}
		}
		return List.copyOf(values);
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'" + field + "' has the value '" + value + "', which is not one of "
					+ java.util.Arrays.toString(type.getEnumConstants()));
		}
	}
}
