package org.plenary.consensus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.shared.Audited;

/** The Chair put a proposal on a session's agenda or reordered it; {@code agenda} is the order now, by proposal id. */
public record AgendaChanged(String actor, long sessionId, List<Long> agenda) implements Audited {

	public AgendaChanged {
		agenda = List.copyOf(agenda);
	}

	@Override
	public String action() {
		return "session.agenda-changed";
	}

	@Override
	public String subject() {
		return "session/" + sessionId;
	}

	@Override
	public Object details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("agenda", agenda);
		return details;
	}
}
