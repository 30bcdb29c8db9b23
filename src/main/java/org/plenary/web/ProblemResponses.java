package org.plenary.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;

/**
 * Problems written before Spring MVC (a body over the limit) or outside it (Tomcat's own refusals):
 * the same RFC 9457 JSON as {@link ApiProblems} for {@code /api/**} or a client asking for JSON, a
 * plain error page otherwise. No template, no error dispatch: these requests never reach a controller.
 */
final class ProblemResponses {

	private ProblemResponses() {
	}

	/** Whether the client gets JSON: the API, or a client that asks for JSON rather than a page. */
	static boolean json(String uri, String accept) {
		String a = String.valueOf(accept);
		return uri != null && uri.startsWith("/api/") || a.contains("json") && !a.contains("text/html");
	}

	static String contentType(boolean json) {
		return json ? "application/problem+json" : "text/html;charset=UTF-8";
	}

	static String body(boolean json, int status, String type, String detail, String instance) {
		HttpStatus known = HttpStatus.resolve(status);
		String title = known == null ? "Error" : known.getReasonPhrase();
		if (json) {
			return "{\"type\":\"/problems/" + type + "\",\"title\":\"" + escapeJson(title) + "\",\"status\":" + status + ",\"detail\":\""
					+ escapeJson(detail) + "\"" + (instance == null ? "" : ",\"instance\":\"" + escapeJson(instance) + "\"") + "}";
		}
		return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " " + escapeHtml(title)
				+ " · Plenary</title></head><body><main><h1>" + status + " · " + escapeHtml(title) + "</h1><p id=\"error-detail\">"
				+ escapeHtml(detail) + "</p><p><a href=\"/\">Back to the map</a></p></main></body></html>";
	}

	/** Writes the problem as the whole response. */
	static void write(HttpServletResponse response, String uri, String accept, int status, String type, String detail)
			throws IOException {
		boolean json = json(uri, accept);
		byte[] bytes = body(json, status, type, detail, json ? uri : null).getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setContentType(contentType(json));
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
		response.flushBuffer();
	}

	private static String escapeJson(String s) {
		StringBuilder out = new StringBuilder(s.length() + 8);
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private static String escapeHtml(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
