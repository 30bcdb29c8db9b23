package org.plenary.participation.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.plenary.participation.Assessment;
import org.plenary.participation.AssessmentStatus;
import org.plenary.participation.Evidence;
import org.plenary.registry.Fact;
import org.plenary.shared.Citations;

/**
 * Evaluates a criteria set against a state's facts on a date, in plain Java. Every status comes with
 * the facts it looked at (and the applicant's claims for that criterion), so a reader can check it.
 */
public final class CriteriaEvaluator {

	private CriteriaEvaluator() {
	}

	/** An applicant's claim of evidence for a criterion. */
	public record Claim(String criterion, String statement, String source, LocalDate submittedOn) {
	}

	static Assessment evaluate(String applicant, CriteriaSet set, LocalDate asOf, StateFacts facts, List<Claim> claims) {
		List<Assessment.Result> results = set.criteria().stream().map(c -> evaluate(c, facts, claims)).toList();
		return new Assessment(applicant, set.id(), set.title(), set.status(), set.label(), asOf, results,
				new Assessment.Summary(count(results, AssessmentStatus.MET), count(results, AssessmentStatus.NOT_MET),
						count(results, AssessmentStatus.PARTIAL), count(results, AssessmentStatus.UNKNOWN)));
	}

	static Assessment.Result evaluate(Criterion c, StateFacts facts, List<Claim> claims) {
		List<Claim> mine = claims.stream().filter(cl -> cl.criterion().equals(c.id())).toList();
		AssessmentStatus status = status(c, facts, !mine.isEmpty());
		List<Evidence> evidence = new ArrayList<>();
		for (String kind : kinds(c)) {
			for (Fact f : facts.inForce(kind)) {
				evidence.add(new Evidence(kind, f.value(), f.since(), f.source(), f.verified(), f.note(), f.citations()));
			}
			if (facts.inForce(kind).isEmpty()) {
				evidence.add(new Evidence(kind, "NONE_IN_FORCE", null, "registry", true,
						facts.recordedKinds().contains(kind) ? "No " + kind + " fact in force on this date"
								: "Nothing recorded of this kind for the state", List.of()));
			}
		}
		if (evidence.isEmpty() && mine.isEmpty()) {
			evidence.add(new Evidence("NOT_IN_REGISTRY", "NONE", null, "registry", true,
					"The registry records no fact for this criterion; only the applicant's evidence can speak to it", List.of()));
		}
		for (Claim claim : mine) {
			String source = claim.source() == null ? null : Citations.shipped().describe(claim.source());
			evidence.add(new Evidence("APPLICANT_CLAIM", claim.statement(), claim.submittedOn().toString(),
					source == null ? "supplied by the applicant" : source, false, "Claimed by the applicant; not verified",
					Citations.shipped().cite(claim.source())));
		}
		return new Assessment.Result(c.id(), c.title(), status, List.copyOf(evidence), c.method(), c.verified(),
				Citations.readerNote(c.note(), c.verified()), Citations.shipped().cite(c.source()));
	}

	private static AssessmentStatus status(Criterion c, StateFacts facts, boolean claimed) {
		if (c.met() != null && c.met().test(facts)) {
			return AssessmentStatus.MET;
		}
		if (c.partial() != null && c.partial().test(facts)) {
			return AssessmentStatus.PARTIAL;
		}
		boolean decidable = c.met() != null && facts.recordsAnyOf(c.unknownUnless().isEmpty() ? List.copyOf(kinds(c))
				: c.unknownUnless());
		if (decidable) {
			return AssessmentStatus.NOT_MET;
		}
		return c.claimable() && claimed ? AssessmentStatus.PARTIAL : AssessmentStatus.UNKNOWN;
	}

	private static Set<String> kinds(Criterion c) {
		Set<String> kinds = new LinkedHashSet<>();
		if (c.met() != null) {
			c.met().kinds(kinds);
		}
		if (c.partial() != null) {
			c.partial().kinds(kinds);
		}
		return kinds;
	}

	private static long count(List<Assessment.Result> results, AssessmentStatus status) {
		return results.stream().filter(r -> r.status() == status).count();
	}
}
