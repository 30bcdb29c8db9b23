package org.plenary.cli;

import org.plenary.shared.ClientErrorException;

/** What a command prints when it fails: the detail a person can act on, never a stack trace. */
final class Failures {

	private Failures() {
	}

	static String describe(Throwable ex) {
		Throwable cause = ex;
		Throwable root = ex;
		while (cause != null) {
			if (cause instanceof ClientErrorException client) {
				return client.title() + ": " + client.detail();
			}
			root = cause;
			cause = cause.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}
}
