package org.plenary.licensing;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streaming JSON for the batch path: reads a transfer and writes a decision token by token, in the
 * exact shape of DESIGN.md, several times faster than data binding. Unknown fields are skipped; a
 * field of the wrong kind fails with what was expected.
 */
public final class TransferJson {

	private final JsonMapper json;

	public TransferJson(JsonMapper json) {
		this.json = json;
	}

	public Transfer read(String line) {
		try (JsonParser p = json.createParser(line)) {
			expect(p.nextToken() == JsonToken.START_OBJECT, "(root)", "a JSON object");
			String id = null, supplier = null, recipient = null;
			LocalDate date = null;
			Transfer.Item item = null;
			Transfer.EndUser endUser = null;
			Transfer.EndUse endUse = null;
			Transfer.Consignee consignee = null;
			String name;
			while ((name = p.nextName()) != null) {
				p.nextToken();
				switch (name) {
					case "id" -> id = text(p);
					case "date" -> date = date(p, "date");
					case "supplier" -> supplier = text(p);
					case "recipient" -> recipient = text(p);
					case "item" -> item = item(p);
					case "endUser" -> endUser = endUser(p);
					case "endUse" -> endUse = endUse(p);
					case "consignee" -> consignee = consignee(p);
					default -> p.skipChildren();
				}
			}
			return new Transfer(id, date, supplier, recipient, item, endUser, endUse, consignee);
		}
		catch (JacksonException ex) {
			throw InvalidTransferException.because("Not valid JSON: " + firstLine(ex.getOriginalMessage()) + ".");
		}
	}

	/** The decision as one line; without denial matches (nearly all in a batch) by {@link DecisionJson}, byte-identical. */
	public String write(TransferDecision d) {
		return d.denialMatches().isEmpty() ? DecisionJson.write(d) : generate(d);
	}

	/** The decision through Jackson's generator: the reference for {@link #write}, and the path with denial matches. */
	String generate(TransferDecision d) {
		StringWriter out = new StringWriter(512);
		try (JsonGenerator g = json.createGenerator(out)) {
			g.writeStartObject();
			g.writeStringProperty("id", d.id());
			g.writeStringProperty("outcome", d.outcome().name());
			g.writeName("conditions");
			g.writeStartArray();
			for (Condition c : d.conditions()) {
				g.writeString(c.name());
			}
			g.writeEndArray();
			g.writeName("reasons");
			g.writeStartArray();
			for (Reason r : d.reasons()) {
				g.writeStartObject();
				g.writeStringProperty("code", r.code());
				g.writeStringProperty("ref", r.ref());
				g.writeStringProperty("text", r.text());
				if (r.refNote() != null) {
					g.writeStringProperty("refNote", r.refNote());
				}
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeName("denialMatches");
			g.writeStartArray();
			for (DenialMatch m : d.denialMatches()) {
				writeMatch(g, m);
			}
			g.writeEndArray();
			g.writeEndObject();
		}
		return out.toString();
	}

	private static void writeMatch(JsonGenerator g, DenialMatch m) {
		g.writeStartObject();
		g.writeNumberProperty("denialId", m.denialId());
		g.writeStringProperty("notifyingGovernment", m.notifyingGovernment());
		g.writeStringProperty("reference", m.reference());
		g.writeStringProperty("deniedOn", String.valueOf(m.deniedOn()));
		g.writeStringProperty("entry", m.entry());
		g.writeStringProperty("destination", m.destination());
		g.writeStringProperty("deniedEndUser", m.deniedEndUser());
		g.writeStringProperty("matchedName", m.matchedName());
		g.writeNumberProperty("score", m.score());
		g.writeStringProperty("explanation", m.explanation());
		g.writeEndObject();
	}

	private static Transfer.Item item(JsonParser p) {
		expect(p.currentToken() == JsonToken.START_OBJECT, "item", "an object {list, entry, description}");
		ControlList list = null;
		String entry = null, description = null;
		String name;
		while ((name = p.nextName()) != null) {
			p.nextToken();
			switch (name) {
				case "list" -> list = constant(p, "item.list", ControlList.class);
				case "entry" -> entry = text(p);
				case "description" -> description = text(p);
				default -> p.skipChildren();
			}
		}
		return new Transfer.Item(list, entry, description);
	}

	private static Transfer.EndUser endUser(JsonParser p) {
		expect(p.currentToken() == JsonToken.START_OBJECT, "endUser", "an object {name, country}");
		String userName = null, country = null, address = null;
		List<String> aliases = null;
		String name;
		while ((name = p.nextName()) != null) {
			p.nextToken();
			switch (name) {
				case "name" -> userName = text(p);
				case "country" -> country = text(p);
				case "address" -> address = text(p);
				case "aliases" -> aliases = strings(p, "endUser.aliases");
				default -> p.skipChildren();
			}
		}
		return new Transfer.EndUser(userName, country, aliases, address);
	}

	private static Transfer.Consignee consignee(JsonParser p) {
		if (p.currentToken() == JsonToken.VALUE_NULL) {
			return null;
		}
		expect(p.currentToken() == JsonToken.START_OBJECT, "consignee", "an object {name, country}");
		String consigneeName = null, country = null;
		String name;
		while ((name = p.nextName()) != null) {
			p.nextToken();
			switch (name) {
				case "name" -> consigneeName = text(p);
				case "country" -> country = text(p);
				default -> p.skipChildren();
			}
		}
		return new Transfer.Consignee(consigneeName, country);
	}

	private static Transfer.EndUse endUse(JsonParser p) {
		expect(p.currentToken() == JsonToken.START_OBJECT, "endUse", "an object {activity, description}");
		EndUseActivity activity = null;
		String description = null;
		Boolean safety = null;
		String name;
		while ((name = p.nextName()) != null) {
			p.nextToken();
			switch (name) {
				case "activity" -> activity = constant(p, "endUse.activity", EndUseActivity.class);
				case "description" -> description = text(p);
				case "essentialForSafeOperation" -> safety = p.currentToken() == JsonToken.VALUE_TRUE ? Boolean.TRUE
						: p.currentToken() == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
				default -> p.skipChildren();
			}
		}
		return new Transfer.EndUse(activity, description, safety);
	}

	private static List<String> strings(JsonParser p, String field) {
		expect(p.currentToken() == JsonToken.START_ARRAY, field, "an array of strings");
		List<String> values = new ArrayList<>();
		while (p.nextToken() != JsonToken.END_ARRAY) {
			values.add(text(p));
		}
		return values;
	}

	private static String text(JsonParser p) {
		JsonToken t = p.currentToken();
		if (t == JsonToken.VALUE_NULL) {
			return null;
		}
		if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
			throw InvalidTransferException.because("Field '" + p.currentName() + "' must be a string, not an "
					+ (t == JsonToken.START_OBJECT ? "object" : "array") + ".");
		}
		return p.getValueAsString();
	}

	private static LocalDate date(JsonParser p, String field) {
		String value = text(p);
		try {
			return value == null ? null : DecisionJson.isoDate(value);
		}
		catch (DateTimeParseException ex) {
			throw InvalidTransferException.because("Field '" + field + "' has the value '" + value
					+ "', which is not a date in ISO-8601 format YYYY-MM-DD.");
		}
	}

	private static <E extends Enum<E>> E constant(JsonParser p, String field, Class<E> type) {
		String value = text(p);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			// not one of the constants: refused below with the list of them
		}
		throw InvalidTransferException.because("Field '" + field + "' has the value '" + value + "', which is not one of "
				+ Arrays.toString(type.getEnumConstants()) + ".");
	}

	private static void expect(boolean ok, String field, String what) {
		if (!ok) {
			throw InvalidTransferException.because("Field '" + field + "' must be " + what + ".");
		}
	}

	private static String firstLine(String message) {
		int nl = message == null ? -1 : message.indexOf('\n');
		return message == null ? "syntax error" : nl < 0 ? message : message.substring(0, nl);
	}
}
