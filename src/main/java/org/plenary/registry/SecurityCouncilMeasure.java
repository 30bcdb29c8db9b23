package org.plenary.registry;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.plenary.shared.ControlList;

/**
 * A UN Security Council measure binding on suppliers, as a {@link FactKind#UNSC_SANCTIONS} fact
 * carries it in its value: the resolution, the paragraph that decides it, its effect and the lists
 * whose items it covers, e.g. {@code UNSCR 1737 (2006) para 3; PROHIBITION; P1}: {@code P1} for the
 * Trigger List, {@code P2} for the Dual-Use Annex, {@code UNLISTED} for other items. The value fits the
 * store's 64 characters.
 *
 * @param resolution the resolution, e.g. {@code UNSCR 1718 (2006)}
 * @param paragraph the deciding paragraph, e.g. {@code para 8(a)(ii)} or {@code Annex B para 2}
 * @param effect a prohibition, or the resolution 2231 procurement channel
 * @param lists the lists whose items it covers
 */
public record SecurityCouncilMeasure(String resolution, String paragraph, Effect effect, Set<ControlList> lists) {

	/** What a measure does to a covered transfer. */
	public enum Effect {
		/** All States shall prevent the supply. */
		PROHIBITION,
		/** The supply needs the Security Council's prior approval, case by case (resolution 2231). */
		PROCUREMENT_CHANNEL
	}

	public SecurityCouncilMeasure {
		lists = lists.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(lists));
	}

	/** The measure a fact's value describes. */
	public static SecurityCouncilMeasure of(Fact fact) {
		return parse(fact.value());
	}

	/** Reads a value written by {@link #value()}. */
	public static SecurityCouncilMeasure parse(String value) {
		String[] parts = value.split(";");
		if (parts.length != 3) {
			throw new IllegalArgumentException("not a Security Council measure: '" + value + "'");
		}
		String head = parts[0].strip();
		int para = head.indexOf(" para ") >= 0 ? head.indexOf(" para ") : head.indexOf(" Annex ");
		if (para < 0) {
			throw new IllegalArgumentException("a Security Council measure names its paragraph: '" + value + "'");
		}
		Set<ControlList> lists = Arrays.stream(parts[2].strip().split("\\s+")).filter(s -> !s.isEmpty())
			.map(s -> list(s.toUpperCase(Locale.ROOT))).collect(Collectors.toSet());
		return new SecurityCouncilMeasure(head.substring(0, para).strip(), head.substring(para).strip(),
				Effect.valueOf(parts[1].strip()), lists);
	}

	/** The fact's value: resolution and paragraph, effect, lists. */
	public String value() {
		return citation() + "; " + effect + "; " + lists.stream().sorted().map(SecurityCouncilMeasure::code)
			.collect(Collectors.joining(" "));
	}

	private static String code(ControlList list) {
		return switch (list) {
			case TRIGGER -> "P1";
			case DUAL_USE -> "P2";
			case UNLISTED -> "UNLISTED";
		};
	}

	private static ControlList list(String code) {
		return switch (code) {
			case "P1" -> ControlList.TRIGGER;
			case "P2" -> ControlList.DUAL_USE;
			default -> ControlList.valueOf(code);
		};
	}

	/** The resolution and its paragraph, as a reason cites them: {@code UNSCR 1737 (2006) para 3}. */
	public String citation() {
		return resolution + " " + paragraph;
	}

	public boolean covers(ControlList list) {
		return lists.contains(list);
	}
}
