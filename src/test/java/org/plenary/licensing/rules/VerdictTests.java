package org.plenary.licensing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.licensing.Condition;
import org.plenary.licensing.DenialMatch;
import org.plenary.licensing.Outcome;
import org.plenary.licensing.Reason;
import org.plenary.licensing.TransferDecision;

/** How a verdict becomes the decision JSON: codes by name, conditions only when not denied, and the no-undercut rule. */
class VerdictTests {

	static final DenialMatch MATCH = new DenialMatch(7, "DE", "DE-2024-001", LocalDate.parse("2024-03-01"), "1.1",
			"PK", "Pakistan Atomic Energy Commission", "PAEC", 0.97, "alias");

	@Test
	void aReasonCarriesItsCodeByName() {
		TransferDecision d = Verdict.approve(ReasonCode.FULL_SCOPE_SAFEGUARDS, "ref", "text").decision("t", List.of());
		assertThat(d.reasons()).containsExactly(new Reason("FULL_SCOPE_SAFEGUARDS", "ref", "text"));
	}

	@Test
	void aDenialCarriesNoConditionsAndADenialMatchDoesNotSoftenIt() {
		TransferDecision d = Verdict.deny(ReasonCode.UNSAFEGUARDED_USE, "ref", "text").with(Condition.IAEA_SAFEGUARDS)
			.decision("t", List.of(MATCH));
		assertThat(d.outcome()).isEqualTo(Outcome.DENY);
		assertThat(d.conditions()).isEmpty();
		assertThat(d.reasons()).extracting(Reason::code).containsExactly("UNSAFEGUARDED_USE");
		assertThat(d.denialMatches()).containsExactly(MATCH);
	}

	@Test
	void anApprovalMatchingAnotherPgsDenialWaitsForConsultation() {
		TransferDecision d = Verdict.approve(ReasonCode.NPT_WITH_SAFEGUARDS, "ref", "text").with(Condition.END_USE_STATEMENT)
			.decision("t", List.of(MATCH));
		assertThat(d.outcome()).isEqualTo(Outcome.CONSULT);
		assertThat(d.conditions()).containsExactly(Condition.END_USE_STATEMENT);
		assertThat(d.reasons()).extracting(Reason::code).containsExactly("NPT_WITH_SAFEGUARDS", "DENIAL_MATCH");
		assertThat(d.reasons().get(1).ref()).isEqualTo("DE-2024-001");
	}

	@Test
	void aDenialOnReasonsAlreadyGivenKeepsTheirOrderAndNeedsOne() {
		List<Reason> given = List.of(new Reason("EXCEPTION_EXCLUDES_ENR", "INFCIRC/734", "a"),
				new Reason("EXCEPTION_EXCLUDES_ENR", "Plenary decision", "b"));
		assertThat(Verdict.deny(given).decision("t", List.of()).reasons()).isEqualTo(given);
		assertThatThrownBy(() -> Verdict.deny(List.of())).isInstanceOf(IllegalArgumentException.class);
	}
}
