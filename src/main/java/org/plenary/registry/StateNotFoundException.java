package org.plenary.registry;

import java.util.Map;

import org.plenary.shared.NotFoundException;

/** No state with the code asked for. */
public class StateNotFoundException extends NotFoundException {

	private StateNotFoundException(String code) {
		super("state-not-found", "Unknown state",
				"No state has the code '" + code + "'. Use an ISO 3166-1 alpha-2 code of a UN member state, the Holy See (VA) or Palestine (PS); GET /api/states lists them.",
				Map.of("code", code));
	}

	public static StateNotFoundException forCode(String code) {
		return new StateNotFoundException(code);
	}
}
