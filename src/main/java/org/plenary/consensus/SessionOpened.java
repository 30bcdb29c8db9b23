package org.plenary.consensus;

import org.plenary.shared.Audited;

/** The Chair convened a Plenary session. */
public record SessionOpened(String actor, long sessionId, Sessions.OpenSession command) implements Audited {

	@Override
	public String action() {
		return "session.opened";
	}

	@Override
	public String subject() {
		return "session/" + sessionId;
	}

	@Override
	public Object details() {
		return command;
	}
}
