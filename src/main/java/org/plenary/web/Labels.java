package org.plenary.web;

import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.plenary.shared.StateCode;
import org.plenary.shared.StateNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words for the pages: every enum value by its label in {@code messages.properties}, lists joined as
 * a sentence, states by name beside their code, dates in ISO. Templates call it as {@code @labels}, for
 * example {@code ${@labels.of(p.position())}}, {@code ${@labels.words(decision.objectors())}} or
 * {@code ${@labels.state(code)}}.
 */
@Component("labels")
public class Labels {

	private final MessageSource messages;

	private final StateNames names;

	Labels(MessageSource messages, StateNames names) {
		this.messages = messages;
		this.names = names;
	}

	/** The message key of an enum value: {@code enum.Position.SUPPORT}, or {@code enum.Consultations.Outcome.APPROVED} when nested. */
	public static String key(Enum<?> value) {
		Class<?> type = value.getDeclaringClass();
		String name = type.getEnclosingClass() == null ? type.getSimpleName()
				: type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
		return "enum." + name + "." + value.name();
	}

	/** The label of an enum value, a state code's name with the code, a date in ISO; anything else as text. */
	public String of(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Enum<?> e) {
			return messages.getMessage(key(e), null, humanized(e.name()), Locale.ENGLISH);
		}
		if (value instanceof StateCode code) {
			return state(code.value());
		}
		if (value instanceof TemporalAccessor t) {
			return t instanceof LocalDate d ? d.toString() : t.toString();
		}
		return value.toString();
	}

	/** The label of a value given by its enum type's simple name and its name, as forms post them: {@code of('Position', 'SUPPORT')}. */
	public String of(String type, String name) {
		return name == null ? "" : messages.getMessage("enum." + type + "." + name, null, humanized(name), Locale.ENGLISH);
	}

	/**
	 * A code kept as a string in data (a safeguards agreement's type, a membership), by its label
	 * {@code code.<VALUE>}: "ITEM_SPECIFIC" reads "Item-specific safeguards agreement". A code without a label
	 * reads as words ("SOME_CODE" as "Some code"); any other text is shown as it is.
	 */
	public String code(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		String label = messages.getMessage("code." + text, null, null, Locale.ENGLISH);
		if (label != null) {
			return label;
		}
		return text.matches("[A-Z][A-Z0-9]*_[A-Z0-9_]*") ? humanized(text) : text;
	}

	/** Codes kept as strings, each by its label, joined as words: "Full-scope safeguards condition and Enrichment and reprocessing". */
	public String codes(Collection<?> values) {
		if (values == null || values.isEmpty()) {
			return messages.getMessage("list.none", null, "none", Locale.ENGLISH);
		}
		List<String> shown = new ArrayList<>();
		values.forEach(v -> shown.add(v instanceof Enum<?> ? of(v) : code(v)));
		return sentence(shown, messages.getMessage("list.and", null, "and", Locale.ENGLISH));
	}

	/** A fact's value for its kind, {@code fact.<KIND>.<VALUE>} ("No Additional Protocol"), else the value as a code. */
	public String fact(Object kind, Object value) {
		if (value == null) {
			return "";
		}
		String label = kind == null ? null : messages.getMessage("fact." + kind + "." + value, null, null, Locale.ENGLISH);
		return label != null ? label : code(value);
	}

	/** The labels joined as words: "none", "China", "China and Türkiye", "Austria, Ireland and New Zealand". */
	public String words(Collection<?> values) {
		if (values == null || values.isEmpty()) {
			return messages.getMessage("list.none", null, "none", Locale.ENGLISH);
		}
		List<String> shown = new ArrayList<>();
		values.forEach(v -> shown.add(of(v)));
		return sentence(shown, messages.getMessage("list.and", null, "and", Locale.ENGLISH));
	}

	/** A state by name with its code, "China (CN)"; the code alone when the state is not known. */
	public String state(Object code) {
		if (code == null) {
			return "";
		}
		String c = code instanceof StateCode s ? s.value() : code.toString();
		String name = names.name(c);
		return name == null || name.equals(c) ? c : name + " (" + c + ")";
	}

	/** A state's name alone, for places where the code is shown next to it. */
	public String name(Object code) {
		if (code == null) {
			return "";
		}
		String c = code instanceof StateCode s ? s.value() : code.toString();
		return names.name(c);
	}

	/** States joined as words, each by name with its code. */
	public String states(Collection<?> codes) {
		if (codes == null || codes.isEmpty()) {
			return messages.getMessage("list.none", null, "none", Locale.ENGLISH);
		}
		List<String> shown = new ArrayList<>();
		codes.forEach(c -> shown.add(state(c)));
		return sentence(shown, messages.getMessage("list.and", null, "and", Locale.ENGLISH));
	}

	static String sentence(List<String> items, String and) {
		int n = items.size();
		if (n == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, n - 1)) + " " + and + " " + items.get(n - 1);
	}

	/** NON_PARTY becomes "Non party": the fallback when a label is missing, never shown for a value LabelsTests covers. */
	static String humanized(String name) {
		String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
