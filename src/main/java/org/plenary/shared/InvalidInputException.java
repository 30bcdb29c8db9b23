package org.plenary.shared;

import java.util.Map;

/** The request is malformed (HTTP 400). */
public class InvalidInputException extends ClientErrorException {

	protected InvalidInputException(String type, String title, String detail, Map<String, Object> properties) {
		super(type, title, detail, properties);
	}

	public static InvalidInputException of(String type, String title, String detail) {
		return new InvalidInputException(type, title, detail, Map.of());
	}

	public static InvalidInputException of(String type, String title, String detail, Map<String, Object> properties) {
		return new InvalidInputException(type, title, detail, properties);
	}

	@Override
	public int status() {
		return 400;
	}
}
