package org.plenary.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.plenary.consensus.Basis;
import org.plenary.consensus.Decision;
import org.plenary.consensus.PositionEntry;
import org.plenary.consensus.ProposalView;
import org.plenary.consensus.Proposals;
import org.plenary.forecast.model.Priors;
import org.plenary.forecast.scenario.Scenario;
import org.plenary.registry.FactKind;
import org.plenary.registry.Registry;
import org.plenary.registry.StateProfile;
import org.plenary.shared.Caller;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.Role;
import org.plenary.shared.StateCode;
import org.springframework.stereotype.Component;

/**
 * What the {@link Priors} rest on, read from the registry and consensus as of the forecast date: the
 * subjects' NPT status on the day, and the positions recorded (before a decision) on the proposals
 * tabled by then. Reads only; changes nothing.
 */
@Component
class PriorEvidence {

	/** Positions an analyst may build on: those taken from public sources. */
	private static final Set<Basis> PUBLIC_BASES = Set.of(Basis.PRESS_REPORT, Basis.OFFICIAL_RECORD);

	private final Registry registry;
	private final Proposals proposals;

	PriorEvidence(Registry registry, Proposals proposals) {
		this.registry = registry;
		this.proposals = proposals;
	}

	/** The proposal's subjects on the scenario's date: whether each is outside the NPT, and the fact's source. */
	List<Priors.Subject> subjects(Scenario scenario) {
		List<Priors.Subject> subjects = new ArrayList<>();
		for (String code : scenario.proposal().subjects()) {
			if (!registry.exists(StateCode.of(code))) {
				throw InvalidInputException.of("invalid-scenario", "Invalid forecast scenario",
						"proposal: '" + code + "' is not a state the registry knows (ISO 3166-1 alpha-2, e.g. IN).");
			}
			StateProfile profile = registry.profile(StateCode.of(code), scenario.asOf());
			String source = profile.current(FactKind.NPT).map(f -> "NPT status: " + f.value() + " (" + f.source() + ")").orElse(null);
			subjects.add(new Priors.Subject(code, !profile.nptStatus().isParty(), source));
		}
		return subjects;
	}

	/**
	 * Every position recorded (before a decision) on a proposal tabled by {@code asOf}, with what the
	 * priors need to know of its proposal. With {@code allPositions}, those recorded by delegates count
	 * too (for PGs' users); otherwise only those from public sources.
	 */
	List<Priors.PastPosition> positions(boolean allPositions, LocalDate asOf) {
		List<Priors.PastPosition> out = new ArrayList<>();
		for (ProposalView summary : proposals.list(new Caller("forecast", Role.CHAIR, null))) {
			if (summary.tabledOn() != null && !summary.tabledOn().isAfter(asOf)) {
				out.addAll(positions(proposals.view(summary.id()), allPositions));
			}
		}
		return out;
	}

	private List<Priors.PastPosition> positions(ProposalView p, boolean allPositions) {
		LocalDate decided = p.decisions() == null ? null : p.decisions().stream().map(Decision::decidedOn)
			.filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
		boolean outside = p.subject() != null && registry.exists(p.subject())
				&& !registry.profile(p.subject(), p.tabledOn()).nptStatus().isParty();
		List<Priors.PastPosition> out = new ArrayList<>();
		for (PositionEntry e : p.history()) {
			if (e.position() == null || (!allPositions && !PUBLIC_BASES.contains(e.basis()))) {
				continue;
			}
			out.add(new Priors.PastPosition(p.id(), p.title(), p.type().name(), p.subject() == null ? null : p.subject().value(),
					outside, p.tabledOn(), decided, e.state().value(), e.position().name(), e.recordedOn(), e.basis().name(),
					e.source()));
		}
		return out;
	}
}
