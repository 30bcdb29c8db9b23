package org.plenary.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bad inputs the fuzz test sends: for each field of a valid JSON body (found by walking it),
 * for each form field, path variable and query parameter, a list of replacements, plus whole-body
 * mutations. A mutation is a description (for the report) and the raw text to send.
 */
final class Mutations {

	static final String MARK = "@@mutated@@";

	static final int MB = 1 << 20;

	private Mutations() {
	}

	/** A mutated body or value: what was done, and what is sent. */
	record Mutation(String what, String text) {
	}

	/** Raw JSON values that replace a field's value in turn (absent is handled by the caller). */
	static Map<String, String> jsonValues() {
		Map<String, String> v = new LinkedHashMap<>();
		v.put("null", "null");
		v.put("empty string", "\"\"");
		v.put("blank string", "\"   \"");
		v.put("10,000-char string", "\"" + "x".repeat(10_000) + "\"");
		v.put("1 MB string", "\"" + "x".repeat(MB) + "\"");
		v.put("string with NUL", "\"a\\u0000b\"");
		v.put("string with BEL", "\"a\\u0007b\"");
		v.put("string with ESC and C1", "\"a\\u001b[31m\\u0085b\"");
		v.put("string with line break", "\"a\\nb\"");
		v.put("lone surrogate", "\"a\\ud800b\"");
		v.put("boolean", "true");
		v.put("zero", "0");
		v.put("negative number", "-1");
		v.put("fraction", "1.5");
		v.put("long max", "9223372036854775807");
		v.put("past long", "9223372036854775808");
		v.put("below long", "-9223372036854775809");
		v.put("huge number", "123456789012345678901234567890123456789012345678901234567890");
		v.put("1e400", "1e400");
		v.put("object", "{}");
		v.put("array", "[]");
		v.put("nested junk", "{\"a\":[{\"b\":{\"c\":[null,1,\"x\",{\"d\":[[]]}]}}],\"e\":-0.0}");
		v.put("date 0000-01-01", "\"0000-01-01\"");
		v.put("date 9999-12-31", "\"9999-12-31\"");
		v.put("date +10000-01-01", "\"+10000-01-01\"");
		v.put("date +999999999-12-31", "\"+999999999-12-31\"");
		v.put("date 2016-02-30", "\"2016-02-30\"");
		v.put("instant -999999999", "\"-999999999-01-01T00:00:00Z\"");
		v.put("instant 9999-12-31", "\"9999-12-31T23:59:59Z\"");
		v.put("unknown word", "\"NOT_A_VALUE\"");
		return v;
	}

	/** Every mutation of every field of {@code body}, each as the whole body to send. */
	static List<Mutation> ofFields(JsonMapper json, String body) {
		JsonNode root = json.readTree(body);
		List<List<Object>> paths = new ArrayList<>();
		collect(root, new ArrayList<>(), paths);
		List<Mutation> out = new ArrayList<>();
		for (List<Object> path : paths) {
			String at = describe(path);
			JsonNode copy = root.deepCopy();
			remove(copy, path);
			out.add(new Mutation(at + ": absent", json.writeValueAsString(copy)));
			for (Map.Entry<String, String> e : jsonValues().entrySet()) {
				out.add(new Mutation(at + ": " + e.getKey(), replace(json, root, path, e.getValue())));
			}
			out.add(new Mutation(at + ": array of 20,000", replace(json, root, path, bigArray(json, node(root, path)))));
		}
		return out;
	}

	/** A whole-body mutation: what was done, the content type (none when null) and the bytes. */
	record Body(String what, String contentType, byte[] bytes) {

		Body(String what, String contentType, String text) {
			this(what, contentType, text.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** Whole-body mutations of a JSON endpoint. */
	static List<Body> ofBody(String valid) {
		List<Body> out = new ArrayList<>();
		String json = "application/json";
		String rest = valid.substring(1);
		out.add(new Body("empty body", json, ""));
		out.add(new Body("malformed JSON", json, "{\"a\":"));
		out.add(new Body("unclosed brace", json, valid.substring(0, valid.length() - 1)));
		out.add(new Body("trailing garbage", json, valid + " }x"));
		out.add(new Body("JSON null", json, "null"));
		out.add(new Body("JSON array", json, "[]"));
		out.add(new Body("JSON string", json, "\"x\""));
		out.add(new Body("JSON number", json, "0"));
		out.add(new Body("empty object", json, "{}"));
		out.add(new Body("unknown field", json, "{\"zzz\":1," + rest));
		out.add(new Body("duplicate field", json, valid.substring(0, valid.length() - 1) + "," + rest));
		out.add(new Body("NUL in a key", json, "{\"a\\u0000\":1," + rest));
		out.add(new Body("raw NUL byte", json, valid.replaceFirst("\"", "\"\u0000")));
		out.add(new Body("byte order mark", json, "\uFEFF" + valid));
		out.add(new Body("not UTF-8", json, valid.replaceFirst("\"", "\"\u00ff\u00fe").getBytes(StandardCharsets.ISO_8859_1)));
		out.add(new Body("10,000 nested arrays", json, "[".repeat(10_000) + "]".repeat(10_000)));
		out.add(new Body("10,000 nested objects", json, "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)));
		out.add(new Body("text/plain", "text/plain", valid));
		out.add(new Body("application/xml", "application/xml", "<a>1</a>"));
		out.add(new Body("form content type", "application/x-www-form-urlencoded", "a=1&b=2"));
		out.add(new Body("no content type", null, valid));
		out.add(new Body("unknown charset", "application/json;charset=nope", valid));
		out.add(new Body("2 MiB body", json, "{\"zzz\":\"" + "y".repeat(2 * MB) + "\"," + rest));
		out.add(new Body("10 MiB body", json, "{\"zzz\":\"" + "y".repeat(10 * MB) + "\"," + rest));
		return out;
	}

	/** Values for a form field, a path variable or a query parameter (raw, before URL encoding). */
	static Map<String, String> parameterValues() {
		Map<String, String> v = new LinkedHashMap<>();
		v.put("empty", "");
		v.put("blank", "   ");
		v.put("10,000 chars", "x".repeat(10_000));
		v.put("NUL", "a\u0000b");
		v.put("BEL", "a\u0007b");
		v.put("line break", "a\r\nb");
		v.put("lone surrogate", "a\ud800b");
		v.put("unknown word", "NOT_A_VALUE");
		v.put("negative", "-1");
		v.put("past long", "9223372036854775808");
		v.put("fraction", "1.5");
		v.put("date 0000-01-01", "0000-01-01");
		v.put("date 9999-12-31", "9999-12-31");
		v.put("date 2016-02-30", "2016-02-30");
		return v;
	}

	/** Values for a path variable, already URL-encoded where they need it. */
	static Map<String, String> pathValues() {
		Map<String, String> v = new LinkedHashMap<>();
		v.put("zero", "0");
		v.put("negative", "-1");
		v.put("unknown id", "987654321");
		v.put("long max", "9223372036854775807");
		v.put("past long", "9223372036854775808");
		v.put("below long", "-9223372036854775809");
		v.put("non-numeric", "abc");
		v.put("fraction", "1.5");
		v.put("exponent", "1e3");
		v.put("encoded NUL", "%00");
		v.put("encoded space", "%20");
		v.put("encoded slash", "%2F");
		v.put("encoded percent", "%25");
		v.put("2,000 chars", "9".repeat(2_000));
		v.put("unknown state", "ZZ");
		v.put("lower-case state", "us");
		v.put("three letters", "USA");
		return v;
	}

	private static void collect(JsonNode node, List<Object> path, List<List<Object>> out) {
		if (node.isObject()) {
			for (String name : node.propertyNames()) {
				List<Object> p = new ArrayList<>(path);
				p.add(name);
				out.add(p);
				collect(node.get(name), p, out);
			}
		}
		else if (node.isArray() && !node.isEmpty()) {
			List<Object> p = new ArrayList<>(path);
			p.add(0);
			out.add(p);
			collect(node.get(0), p, out);
		}
	}

	private static String describe(List<Object> path) {
		StringBuilder s = new StringBuilder();
		for (Object o : path) {
			if (o instanceof Integer i) {
				s.append('[').append(i).append(']');
			}
			else {
				s.append(s.isEmpty() ? "" : ".").append(o);
			}
		}
		return s.toString();
	}

	private static JsonNode node(JsonNode root, List<Object> path) {
		JsonNode n = root;
		for (Object o : path) {
			n = o instanceof Integer i ? n.get(i) : n.get((String) o);
		}
		return n;
	}

	private static void remove(JsonNode root, List<Object> path) {
		JsonNode parent = node(root, path.subList(0, path.size() - 1));
		Object last = path.get(path.size() - 1);
		if (last instanceof Integer i) {
			((ArrayNode) parent).remove(i);
		}
		else {
			((ObjectNode) parent).remove((String) last);
		}
	}

	private static String replace(JsonMapper json, JsonNode root, List<Object> path, String raw) {
		JsonNode copy = root.deepCopy();
		JsonNode parent = node(copy, path.subList(0, path.size() - 1));
		Object last = path.get(path.size() - 1);
		if (last instanceof Integer i) {
			((ArrayNode) parent).set(i, MARK);
		}
		else {
			((ObjectNode) parent).put((String) last, MARK);
		}
		return json.writeValueAsString(copy).replace("\"" + MARK + "\"", raw);
	}

	private static String bigArray(JsonMapper json, JsonNode original) {
		JsonNode element = original.isArray() && !original.isEmpty() ? original.get(0) : original;
		String one = json.writeValueAsString(element);
		StringBuilder s = new StringBuilder(one.length() * 20_001 + 2).append('[');
		for (int i = 0; i < 20_000; i++) {
			s.append(i == 0 ? "" : ",").append(one);
		}
		return s.append(']').toString();
	}
}
