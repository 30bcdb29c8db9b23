package org.plenary.shared;

import java.util.Map;

/** The request conflicts with the current state (HTTP 409). */
public class ConflictException extends ClientErrorException {

	protected ConflictException(String type, String title, String detail, Map<String, Object> properties) {
		super(type, title, detail, properties);
	}

	public static ConflictException of(String type, String title, String detail) {
		return new ConflictException(type, title, detail, Map.of());
	}

	public static ConflictException of(String type, String title, String detail, Map<String, Object> properties) {
		return new ConflictException(type, title, detail, properties);
	}

	@Override
	public int status() {
		return 409;
	}
}
