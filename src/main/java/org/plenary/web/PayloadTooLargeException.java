package org.plenary.web;

import org.plenary.shared.ClientErrorException;

import java.util.Map;

/** The request body is larger than this address accepts (HTTP 413). */
public class PayloadTooLargeException extends ClientErrorException {

	PayloadTooLargeException(String path, long limit) {
		super("payload-too-large", "Request body too large", "The body of a request to " + path + " may be at most "
				+ describe(limit) + "; split the request (a batch into several) or shorten its fields.",
				Map.of("maxBytes", limit));
	}

	@Override
	public int status() {
		return 413;
	}

	static String describe(long bytes) {
		return bytes % (1 << 20) == 0 ? bytes / (1 << 20) + " MiB (" + bytes + " bytes)" : bytes + " bytes";
	}
}
