package org.plenary.consensus.record;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.plenary.audit.AuditEntry;
import org.plenary.consensus.Basis;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** Reads the consensus module's audit entries into what the replay keeps. */
final class EntryReader {

	static final String POSITIONS = "/positions/";

	private final JsonMapper json;

	EntryReader(JsonMapper json) {
		this.json = json;
	}

	/** A position or statement the chain recorded, under its key. */
	record Keyed(long key, Recorded recorded) {
	}

	/** A decision the chain recorded, on its proposal. */
	record DecidedOn(long proposal, Decided decided) {
	}

	/** A withdrawal the chain recorded. */
	record Withdrawn(long proposal, long entry) {
	}

	/** An entry of this module read into what the replay keeps, or null for any other entry. */
	Object read(AuditEntry e) {
		String action = e.action();
		if (!action.startsWith("proposal.")) {
			return null;
		}
		boolean position = action.equals("proposal.position.recorded");
		boolean statement = action.equals("proposal.statement.recorded");
		if (position || statement) {
			String subject = e.subject();
			int at = subject.indexOf(POSITIONS);
			long proposal = Long.parseLong(subject, "proposal/".length(), at, 10);
			String state = subject.substring(at + POSITIONS.length());
			Map<String, String> p = fields(e.payload());
			String on = p.get("on") != null ? p.get("on") : e.recordedAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
			return new Keyed(PositionTable.key(proposal, state, statement), new Recorded(e.seq(), p.get("position"), p.get("statement"),
					p.get("basis") != null ? p.get("basis") : Basis.RECORDED.name(), p.get("source"), on, e.actor()));
		}
		if (action.equals("proposal.decided") || action.equals("proposal.decided.by-silence")) {
			Map<String, String> d = fields(e.payload());
			return new DecidedOn(Long.parseLong(e.subject().substring("proposal/".length())), new Decided(e.seq(), d.get("status"),
					d.getOrDefault("objectors", ""), d.getOrDefault("reservations", ""), LocalDate.parse(d.get("decidedOn"))));
		}
		if (action.equals("proposal.withdrawn")) {
			return new Withdrawn(Long.parseLong(e.subject().substring("proposal/".length())), e.seq());
		}
		return null;
	}

	/** The payload's top-level fields as text (arrays of strings joined with commas). */
	private Map<String, String> fields(String payload) {
		Map<String, String> flat = FlatJson.read(payload);
		return flat != null ? flat : parsed(payload);
	}

	/** The same, by the full parser, for a payload that is not a flat object. */
	private Map<String, String> parsed(String payload) {
		Map<String, String> fields = new HashMap<>(8);
		try (JsonParser parser = json.createParser(payload)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return fields;
			}
			String name;
			while ((name = parser.nextName()) != null) {
				JsonToken token = parser.nextToken();
				if (token == JsonToken.START_ARRAY) {
					StringBuilder joined = new StringBuilder();
					while (parser.nextToken() != JsonToken.END_ARRAY) {
						if (parser.currentToken().isStructStart()) {
							parser.skipChildren();
							continue;
						}
						joined.append(joined.isEmpty() ? "" : ",").append(parser.getString());
					}
					fields.put(name, joined.toString());
				}
				else if (token.isStructStart()) {
					parser.skipChildren();
				}
				else if (token != JsonToken.VALUE_NULL) {
					fields.put(name, parser.getString());
				}
			}
		}
		return fields;
	}
}
