package org.plenary.shared;

import java.util.Map;

/** The thing asked for does not exist (HTTP 404). */
public class NotFoundException extends ClientErrorException {

	protected NotFoundException(String type, String title, String detail, Map<String, Object> properties) {
		super(type, title, detail, properties);
	}

	public static NotFoundException of(String type, String title, String detail) {
		return new NotFoundException(type, title, detail, Map.of());
	}

	public static NotFoundException of(String type, String title, String detail, Map<String, Object> properties) {
		return new NotFoundException(type, title, detail, properties);
	}

	@Override
	public int status() {
		return 404;
	}
}
