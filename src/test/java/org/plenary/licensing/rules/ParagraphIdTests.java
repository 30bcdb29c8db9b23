package org.plenary.licensing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.guidelines.Guidelines;
import org.plenary.guidelines.Paragraph;
import org.plenary.guidelines.Rulebook;

/** The paragraphs the rules cite, against the shipped paragraphs.csv and against a copy that lacks some. */
class ParagraphIdTests {

	static final Guidelines GUIDELINES = Guidelines.fromReferenceData();

	@Test
	void everyParagraphTheRulesCiteHasItsRowInTheShippedData() {
		assertThatCode(() -> ParagraphId.requireAllIn(GUIDELINES.paragraphs())).doesNotThrowAnyException();
	}

	@Test
	void dataLackingACitedParagraphIsRefusedNamingIt() {
		List<Paragraph> without = without(Set.of("P2_CATCH_ALL"));
		assertThatThrownBy(() -> ParagraphId.requireAllIn(without)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("paragraph P2_CATCH_ALL,")
			.hasMessageContaining("paragraphs.csv")
			.hasMessageNotContaining("P2_FACTORS");
	}

	@Test
	void everyMissingParagraphIsNamedAtOnce() {
		assertThatThrownBy(() -> ParagraphId.requireAllIn(without(Set.of("P1_SCOPE", "P2_RETRANSFER"))))
			.hasMessageContaining("paragraphs P1_SCOPE, P2_RETRANSFER,");
		assertThatThrownBy(() -> ParagraphId.requireAllIn(List.of())).hasMessageContaining(ParagraphId.P1_EXPLOSIVES.name());
	}

	/** A row the rules do not cite (P1_PHYSICAL_PROTECTION is a condition, not a citation) may go. */
	@Test
	void rowsTheRulesDoNotCiteAreNotRequired() {
		assertThatCode(() -> ParagraphId.requireAllIn(without(Set.of("P1_PHYSICAL_PROTECTION", "P2_CONDITIONS"))))
			.doesNotThrowAnyException();
	}

	/** Part 1 para 10 dates from 1994: before, a citation falls back to the paragraph given, as the rules ask. */
	@Test
	void aParagraphNotYetInForceFallsBackToTheOneGiven() {
		Rulebook before = GUIDELINES.rulebook(LocalDate.parse("1993-06-01"));
		Rulebook after = GUIDELINES.rulebook(LocalDate.parse("2016-06-23"));
		assertThat(ParagraphId.P1_NONPROLIFERATION.inForce(before)).isFalse();
		assertThat(ParagraphId.P1_NONPROLIFERATION.refOr(ParagraphId.P1_SCOPE, before)).isEqualTo(ParagraphId.P1_SCOPE.ref(before));
		assertThat(ParagraphId.P1_NONPROLIFERATION.inForce(after)).isTrue();
		assertThat(ParagraphId.P1_NONPROLIFERATION.refOr(ParagraphId.P1_SCOPE, after)).endsWith("Part 1 para 10");
	}

	static List<Paragraph> without(Set<String> ids) {
		return GUIDELINES.paragraphs().stream().filter(p -> !ids.contains(p.id())).toList();
	}
}
