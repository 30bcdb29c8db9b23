package org.plenary.shared;

import java.util.Map;

/**
 * A request the platform refuses because of what the client sent or who the client is. Each
 * subclass is one kind of client error with one HTTP status; each instance carries a stable problem
 * {@code type} slug, a title, a detail a person can act on, and extra properties (ids, allowed values).
 */
public abstract class ClientErrorException extends RuntimeException {

	private final String type;
	private final String title;
	private final Map<String, Object> properties;

	protected ClientErrorException(String type, String title, String detail, Map<String, Object> properties) {
		super(detail);
		this.type = type;
		this.title = title;
		this.properties = Map.copyOf(properties);
	}

	/** The HTTP status of this kind of error. */
	public abstract int status();

	/** The problem type slug, e.g. {@code state-not-found}, served as {@code /problems/state-not-found}. */
	public String type() {
		return type;
	}

	public String title() {
		return title;
	}

	public String detail() {
		return getMessage();
	}

	public Map<String, Object> properties() {
		return properties;
	}
}
