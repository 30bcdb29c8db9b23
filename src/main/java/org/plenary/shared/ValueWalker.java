package org.plenary.shared;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;

/**
 * Walks a value (a record by its components, a map, a collection, a JSON tree) to every string and
 * date in it, and checks each as {@link Inputs#checkTextAndDates} promises. The path to a value is
 * kept as a chain of steps and spelled out only for an error.
 */
final class ValueWalker {

	private static final int MAX_DEPTH = 200;

	private static final Map<Class<?>, Component[]> COMPONENTS = new ConcurrentHashMap<>();

	private ValueWalker() {
	}

	static void check(Object value) {
		walk(value, null, true, 0);
	}

	private static void walk(Object value, Step at, boolean freeText, int depth) {
		if (value == null) {
			return;
		}
		if (depth > MAX_DEPTH) {
			throw InvalidFieldsException.of(path(at), "is nested deeper than " + MAX_DEPTH + " levels");
		}
		if (value instanceof String || value instanceof LocalDate || value instanceof Instant) {
			checkScalar(value, at, freeText);
		}
		else if (value instanceof JsonNode node) {
			walkJson(node, at, depth);
		}
		else if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> e : map.entrySet()) {
				Step key = new Step(at, String.valueOf(e.getKey()), -1);
				walk(e.getKey(), key, false, depth + 1);
				walk(e.getValue(), key, freeText, depth + 1);
			}
		}
		else if (value instanceof Collection<?> items) {
			int i = 0;
			for (Object item : items) {
				walk(item, new Step(at, null, i++), freeText, depth + 1);
			}
		}
		else if (value.getClass().isRecord()) {
			for (Component c : components(value.getClass())) {
				walk(c.read(value), new Step(at, c.name(), -1), c.freeText(), depth + 1);
			}
		}
	}

	private static void walkJson(JsonNode node, Step at, int depth) {
		if (depth > MAX_DEPTH) {
			throw InvalidFieldsException.of(path(at), "is nested deeper than " + MAX_DEPTH + " levels");
		}
		if (node.isString()) {
			walk(node.asString(), at, true, depth);
		}
		else if (node.isObject()) {
			for (Map.Entry<String, JsonNode> e : node.properties()) {
				Step key = new Step(at, e.getKey(), -1);
				walk(e.getKey(), key, false, depth + 1);
				walkJson(e.getValue(), key, depth + 1);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				walkJson(node.get(i), new Step(at, null, i), depth + 1);
			}
		}
	}

	private static Component[] components(Class<?> type) {
		return COMPONENTS.computeIfAbsent(type, t -> {
			List<Component> out = new ArrayList<>();
			for (RecordComponent c : t.getRecordComponents()) {
				Method accessor = c.getAccessor();
				accessor.trySetAccessible();
				out.add(new Component(c.getName(), accessor, c.isAnnotationPresent(FreeText.class)));
			}
			return out.toArray(Component[]::new);
		});
	}

	private record Component(String name, Method accessor, boolean freeText) {

		Object read(Object record) {
			try {
				return accessor.invoke(record);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot read " + name + " of " + record.getClass().getSimpleName(), ex);
			}
		}
	}

	/** A step of the path to a value: a field name or an index; the path is only spelled out for an error. */
	private record Step(Step parent, String name, int index) {
	}

	private static String path(Step step) {
		if (step == null) {
			return "(body)";
		}
		String parent = step.parent() == null ? "" : path(step.parent());
		return step.name() != null ? (parent.isEmpty() ? "" : parent + ".") + step.name() : parent + "[" + step.index() + "]";
	}

	private static void checkScalar(Object value, Step at, boolean freeText) {
		if (value instanceof String s) {
			String problem = Inputs.problem(s, freeText);
			if (problem != null) {
				throw InvalidFieldsException.of(path(at), problem);
			}
		}
		else if (value instanceof LocalDate d && !Dates.allowed(d)) {
			throw InvalidFieldsException.of(path(at), "must be a date " + Dates.RANGE + "; got " + d);
		}
		else if (value instanceof Instant t && !Dates.allowed(t)) {
			throw InvalidFieldsException.of(path(at), "must be an instant " + Dates.RANGE + "; got " + t);
		}
	}
}
