package org.plenary.screening.denials;

import java.util.Map;

import org.plenary.shared.NotFoundException;

/** No denial (or consultation) with that id. */
public class DenialNotFoundException extends NotFoundException {

	private DenialNotFoundException(String what, long id) {
		super(what + "-not-found", "Unknown " + what, "No " + what + " has the id " + id + ".", Map.of("id", id));
	}

	public static DenialNotFoundException denial(long id) {
		return new DenialNotFoundException("denial", id);
	}

	public static DenialNotFoundException consultation(long id) {
		return new DenialNotFoundException("consultation", id);
	}
}
