package org.plenary.shared;

import java.util.Map;

/** The caller may not do this (HTTP 403). */
public class ForbiddenException extends ClientErrorException {

	protected ForbiddenException(String type, String title, String detail, Map<String, Object> properties) {
		super(type, title, detail, properties);
	}

	public static ForbiddenException of(String type, String title, String detail) {
		return new ForbiddenException(type, title, detail, Map.of());
	}

	public static ForbiddenException of(String type, String title, String detail, Map<String, Object> properties) {
		return new ForbiddenException(type, title, detail, properties);
	}

	@Override
	public int status() {
		return 403;
	}
}
