package org.plenary.participation.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.plenary.participation.Assessment;
import org.plenary.participation.AssessmentStatus;
import org.plenary.registry.Registry;
import org.plenary.shared.StateCode;

import tools.jackson.databind.json.JsonMapper;

/** Participation assessments on the real reference data and the shipped criteria sets. */
class AssessmentTests {

	static final Registry REGISTRY = Registry.fromReferenceData(
			Clock.fixed(java.time.Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));
	static final CriteriaSets SETS = new CriteriaSets(JsonMapper.builder().build());

	static Assessment assess(String state, String set, String date) {
		return Assessor.assess(REGISTRY, SETS.require(set), StateCode.of(state), LocalDate.parse(date), List.of());
	}

	static Map<String, AssessmentStatus> statuses(Assessment a) {
		return a.results().stream().collect(Collectors.toMap(Assessment.Result::criterion, Assessment.Result::status));
	}

	@Test
	void indiaDoesNotMeetTheNptFactorAtTheSeoulPlenary() {
		Assessment india = assess("IN", "nsg-factors", "2016-06-23");
		Assessment.Result npt = india.results().stream().filter(r -> r.criterion().equals("NPT_OR_NWFZ_COMPLIANCE"))
				.findFirst().orElseThrow();
		assertThat(npt.status()).isEqualTo(AssessmentStatus.NOT_MET);
		assertThat(npt.evidence()).anySatisfy(e -> {
			assertThat(e.kind()).isEqualTo("NPT");
			assertThat(e.value()).isEqualTo("NON_PARTY");
			assertThat(e.source()).contains("ACA, Kimball").doesNotContain("S73");
			assertThat(e.citations()).anySatisfy(c -> assertThat(c.url()).isEqualTo("https://www.armscontrol.org/node/8292"));
		});
	}

	@Test
	void indiaMeetsTheOtherFactorsFromItsCommitmentsAndPartlyTheLast() {
		Map<String, AssessmentStatus> india = statuses(assess("IN", "nsg-factors", "2016-06-23"));
		assertThat(india).containsEntry("GUIDELINES_ADHERENCE", AssessmentStatus.MET)
				.containsEntry("EXPORT_CONTROL_SYSTEM", AssessmentStatus.MET)
				.containsEntry("NONPROLIFERATION_SUPPORT", AssessmentStatus.PARTIAL);
	}

	@Test
	void indiasMtcrAccessionFourDaysLaterLiftsTheLastFactor() {
		assertThat(statuses(assess("IN", "nsg-factors", "2016-06-27"))).containsEntry("NONPROLIFERATION_SUPPORT",
				AssessmentStatus.MET);
	}

	@Test
	void mexicoMeetsAllFiveFactorsOnItsAdmissionDate() {
		LocalDate admitted = REGISTRY.profile(StateCode.of("MX"), LocalDate.of(2026, 1, 1)).participation().get(0).validFrom();
		Assessment mexico = Assessor.assess(REGISTRY, SETS.require("nsg-factors"), StateCode.of("MX"), admitted, List.of());
		assertThat(mexico.summary()).isEqualTo(new Assessment.Summary(5, 0, 0, 0));
	}

	@Test
	void indiaMeetsMoreGrossiCriteriaThanPakistanWithTheEvidenceShown() {
		Assessment india = assess("IN", "grossi-2016", "2016-12-06");
		Assessment pakistan = assess("PK", "grossi-2016", "2016-12-06");
		assertThat(india.summary().met()).isGreaterThan(pakistan.summary().met());
		assertThat(statuses(india)).containsEntry("CIVIL_MILITARY_SEPARATION", AssessmentStatus.MET)
				.containsEntry("ADDITIONAL_PROTOCOL", AssessmentStatus.MET)
				.containsEntry("NO_BLOCKING_OF_OTHER_NON_NPT_APPLICANTS", AssessmentStatus.UNKNOWN);
		assertThat(statuses(pakistan)).containsEntry("ADDITIONAL_PROTOCOL", AssessmentStatus.NOT_MET)
				.containsEntry("CIVIL_MILITARY_SEPARATION", AssessmentStatus.UNKNOWN)
				.containsEntry("EXPORT_CONTROLS_HARMONISED", AssessmentStatus.PARTIAL);
		assertThat(india.results()).allSatisfy(r -> assertThat(r.evidence()).isNotEmpty()
				.as("a status the registry decided shows the facts behind it"));
	}

	@Test
	void theGrossiDraftIsLabelledAsNeverAdopted() {
		Assessment a = assess("IN", "grossi-2016", "2016-12-06");
		assertThat(a.criteriaSetStatus()).isEqualTo("DRAFT_NEVER_ADOPTED");
		assertThat(a.criteriaSetLabel()).startsWith("NEVER ADOPTED");
	}

	@Test
	void aClaimMakesAnUnsettledCriterionPartialButOnlyFromTheDayItWasMade() {
		List<CriteriaEvaluator.Claim> claims = List.of(new CriteriaEvaluator.Claim("NO_BLOCKING_OF_OTHER_NON_NPT_APPLICANTS",
				"India will not block another non-NPT applicant", "letter", LocalDate.of(2016, 12, 1)));
		Assessment after = Assessor.assess(REGISTRY, SETS.require("grossi-2016"), StateCode.of("IN"),
				LocalDate.of(2016, 12, 6), claims);
		Assessment before = Assessor.assess(REGISTRY, SETS.require("grossi-2016"), StateCode.of("IN"),
				LocalDate.of(2016, 11, 30), claims);
		assertThat(statuses(after)).containsEntry("NO_BLOCKING_OF_OTHER_NON_NPT_APPLICANTS", AssessmentStatus.PARTIAL);
		assertThat(statuses(before)).containsEntry("NO_BLOCKING_OF_OTHER_NON_NPT_APPLICANTS", AssessmentStatus.UNKNOWN);
		assertThat(after.results().stream().filter(r -> r.criterion().startsWith("NO_BLOCKING")).findFirst().orElseThrow()
				.evidence()).anySatisfy(e -> {
					assertThat(e.kind()).isEqualTo("APPLICANT_CLAIM");
					assertThat(e.verified()).isFalse();
				});
	}

	@Test
	void aClaimDoesNotOverrideWhatTheFactsSettle() {
		List<CriteriaEvaluator.Claim> claims = List.of(new CriteriaEvaluator.Claim("NPT_OR_NWFZ_COMPLIANCE",
				"We comply in spirit", null, LocalDate.of(2016, 5, 12)));
		Assessment india = Assessor.assess(REGISTRY, SETS.require("nsg-factors"), StateCode.of("IN"),
				LocalDate.of(2016, 6, 23), claims);
		assertThat(statuses(india)).containsEntry("NPT_OR_NWFZ_COMPLIANCE", AssessmentStatus.NOT_MET);
	}

	@Test
	void iranFailsTheNptFactorOnItsNonComplianceFindingNotOnItsTreatyStatus() {
		assertThat(statuses(assess("IR", "nsg-factors", "2004-01-01"))).containsEntry("NPT_OR_NWFZ_COMPLIANCE",
				AssessmentStatus.MET);
		assertThat(statuses(assess("IR", "nsg-factors", "2006-01-01"))).containsEntry("NPT_OR_NWFZ_COMPLIANCE",
				AssessmentStatus.NOT_MET);
	}

	@Test
	void aStateWithNoProfileIsUnknownWhereNothingIsRecorded() {
		Map<String, AssessmentStatus> chile = statuses(assess("CL", "nsg-factors", "2020-01-01"));
		assertThat(chile).containsEntry("EXPORT_CONTROL_SYSTEM", AssessmentStatus.UNKNOWN)
				.containsEntry("NPT_OR_NWFZ_COMPLIANCE", AssessmentStatus.MET);
	}

	@Test
	void everyShippedCriterionCitesASource() {
		assertThat(SETS.all()).hasSize(2).allSatisfy(set -> assertThat(set.criteria()).allSatisfy(c -> {
			assertThat(c.source().isBlank() ? c.note() : c.source()).as(c.id() + ": a source, or what is not confirmed")
					.isNotBlank();
			assertThat(c.method()).isNotBlank();
		}));
		assertThat(SETS.require("nsg-factors").criteria()).extracting(Criterion::id).containsExactly("SUPPLY_CAPABILITY",
				"GUIDELINES_ADHERENCE", "EXPORT_CONTROL_SYSTEM", "NPT_OR_NWFZ_COMPLIANCE", "NONPROLIFERATION_SUPPORT");
	}
}
