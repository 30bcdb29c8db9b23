package org.plenary.screening.denials;

/** An officer of the notifying government amended its denial; the audit keeps the new terms. */
public record DenialAmended(String actor, long id, NotifyDenial command) implements DenialEvent {

	@Override
	public String action() {
		return "denial.amended";
	}

	@Override
	public Object details() {
		return command;
	}
}
