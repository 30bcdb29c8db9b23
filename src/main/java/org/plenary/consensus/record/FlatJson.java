package org.plenary.consensus.record;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads a flat JSON object, the shape of the platform's own audit payloads, into its fields as text:
 * strings (with every JSON escape), numbers, booleans and null, and arrays of those joined with
 * commas. Anything else (a nested object) answers null, and the caller falls back to a full parser.
 * It exists because the verification replays a million payloads: a full parser per payload costs
 * several times more.
 */
final class FlatJson {

	private final String text;
	private int at;

	private FlatJson(String text) {
		this.text = text;
	}

	/** The fields, or null when the text is not a flat object. */
	static Map<String, String> read(String text) {
		try {
			return new FlatJson(text).object();
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			return null;
		}
	}

	private Map<String, String> object() {
		Map<String, String> fields = new HashMap<>(8);
		expect('{');
		if (peek() == '}') {
			at++;
			return end(fields);
		}
		while (true) {
			String name = string();
			expect(':');
			if (peek() == '[') {
				at++;
				fields.put(name, array());
			}
			else {
				String value = scalar();
				if (value != null) {
					fields.put(name, value);
				}
			}
			char next = next();
			if (next == '}') {
				return end(fields);
			}
			if (next != ',') {
				throw new IllegalArgumentException();
			}
		}
	}

	/** An array of scalars, after its opening bracket, joined with commas. */
	private String array() {
		StringBuilder joined = new StringBuilder();
		if (peek() == ']') {
			at++;
			return "";
		}
		while (true) {
			String item = scalar();
			joined.append(joined.isEmpty() ? "" : ",").append(item);
			char next = next();
			if (next == ']') {
				return joined.toString();
			}
			if (next != ',') {
				throw new IllegalArgumentException();
			}
		}
	}

	private Map<String, String> end(Map<String, String> fields) {
		skipSpace();
		if (at != text.length()) {
			throw new IllegalArgumentException();
		}
		return fields;
	}

	/** A string, number, boolean or null (as Java null). */
	private String scalar() {
		char c = peek();
		if (c == '"') {
			return string();
		}
		if (c == '{' || c == '[') {
			throw new IllegalArgumentException(); // nested: not flat
		}
		int start = at;
		while (at < text.length() && ",}] \t\r\n".indexOf(text.charAt(at)) < 0) {
			at++;
		}
		String word = text.substring(start, at);
		if (word.isEmpty()) {
			throw new IllegalArgumentException();
		}
		return word.equals("null") ? null : word;
	}

	private String string() {
		expect('"');
		int start = at;
		while (text.charAt(at) != '"' && text.charAt(at) != '\\') {
			at++;
		}
		if (text.charAt(at) == '"') {
			return text.substring(start, at++);
		}
		StringBuilder out = new StringBuilder(text.substring(start, at));
		while (true) {
			char c = text.charAt(at++);
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char e = text.charAt(at++);
			switch (e) {
				case '"', '\\', '/' -> out.append(e);
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'u' -> {
					out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
					at += 4;
				}
				default -> throw new IllegalArgumentException();
			}
		}
	}

	private void expect(char c) {
		if (next() != c) {
			throw new IllegalArgumentException();
		}
	}

	private char next() {
		skipSpace();
		return text.charAt(at++);
	}

	private char peek() {
		skipSpace();
		return text.charAt(at);
	}

	private void skipSpace() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}
}
