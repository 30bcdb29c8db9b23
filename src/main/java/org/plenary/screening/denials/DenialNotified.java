package org.plenary.screening.denials;

/** An officer notified a denial of their government; the audit keeps the notification as given. */
public record DenialNotified(String actor, long id, NotifyDenial command) implements DenialEvent {

	@Override
	public String action() {
		return "denial.notified";
	}

	@Override
	public Object details() {
		return command;
	}
}
