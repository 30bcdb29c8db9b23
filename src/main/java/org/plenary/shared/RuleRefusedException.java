package org.plenary.shared;

import java.util.Map;

/** A rule of the regime refuses the request (HTTP 422). */
public class RuleRefusedException extends ClientErrorException {

	protected RuleRefusedException(String type, String title, String detail, Map<String, Object> properties) {
		super(type, title, detail, properties);
	}

	public static RuleRefusedException of(String type, String title, String detail) {
		return new RuleRefusedException(type, title, detail, Map.of());
	}

	public static RuleRefusedException of(String type, String title, String detail, Map<String, Object> properties) {
		return new RuleRefusedException(type, title, detail, properties);
	}

	@Override
	public int status() {
		return 422;
	}
}
