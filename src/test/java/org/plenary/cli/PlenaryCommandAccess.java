package org.plenary.cli;

/** Lets tests of other packages run a command as {@code ./plenary} does. */
public final class PlenaryCommandAccess {

	private PlenaryCommandAccess() {
	}

	public static int execute(String... args) {
		return PlenaryCommand.execute(args);
	}
}
