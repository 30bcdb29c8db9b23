package org.plenary.licensing;

import java.util.Map;

import org.plenary.shared.InvalidInputException;

/** A transfer that cannot be assessed as written: a missing field, an unknown state or list entry. */
public class InvalidTransferException extends InvalidInputException {

	private InvalidTransferException(String detail) {
		super("invalid-transfer", "Invalid transfer", detail, Map.of());
	}

	public static InvalidTransferException because(String detail) {
		return new InvalidTransferException(detail);
	}
}
