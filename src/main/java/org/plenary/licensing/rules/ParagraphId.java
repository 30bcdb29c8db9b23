package org.plenary.licensing.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.plenary.guidelines.Paragraph;
import org.plenary.guidelines.Rulebook;

/**
 * The paragraphs of the Guidelines that the rules cite, each named as its row of
 * {@code reference/guidelines/paragraphs.csv} (the {@code id} column) is. Whether one was in force on a
 * date, and how it was cited then, comes from the rulebook of that date; that every constant has its
 * row is checked when the reference data loads ({@link #requireAllIn}).
 */
public enum ParagraphId {

	P1_SCOPE,
	P1_EXPLOSIVES,
	P1_SAFEGUARDS_ITEM,
	P1_FULL_SCOPE,
	P1_SAFETY_EXCEPTION,
	P1_SENSITIVE_RESTRAINT,
	P1_SENSITIVE_RESTRAINT_HW,
	P1_ENR_NPT,
	P1_ENR_SAFEGUARDS,
	P1_ENR_FACTORS,
	P1_RETRANSFER,
	P1_NONPROLIFERATION,
	P2_BASIC_NEA,
	P2_BASIC_DIVERSION,
	P2_FACTORS,
	P2_CATCH_ALL,
	P2_RETRANSFER;

	/** Whether this paragraph was in force on the rulebook's day. */
	boolean inForce(Rulebook book) {
		return book.has(name());
	}

	/** This paragraph's citation on the rulebook's day, e.g. {@code INFCIRC/254/Rev.10/Part 1 para 6(a)(i)}. */
	String ref(Rulebook book) {
		return book.ref(name());
	}

	/** This paragraph's citation when it was in force on the rulebook's day, otherwise {@code otherwise}'s. */
	String refOr(ParagraphId otherwise, Rulebook book) {
		return inForce(book) ? ref(book) : otherwise.ref(book);
	}

	/**
	 * Fails when a paragraph the rules cite has no row among the loaded paragraphs: the rules would
	 * otherwise fail (or silently skip a paragraph they test with {@code inForce}) only on the first
	 * transfer that reaches it.
	 *
	 * @throws IllegalStateException naming every missing id
	 */
	public static void requireAllIn(Collection<Paragraph> loaded) {
		Set<String> ids = loaded.stream().map(Paragraph::id).collect(Collectors.toSet());
		Set<ParagraphId> missing = EnumSet.noneOf(ParagraphId.class);
		for (ParagraphId id : values()) {
			if (!ids.contains(id.name())) {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("The licensing rules cite " + (missing.size() == 1 ? "paragraph " : "paragraphs ")
					+ missing.stream().map(Enum::name).collect(Collectors.joining(", ")) + ", which "
					+ "reference/guidelines/paragraphs.csv does not have: restore the row or correct ParagraphId.");
		}
	}
}
