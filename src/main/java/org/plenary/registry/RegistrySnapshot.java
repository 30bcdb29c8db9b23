package org.plenary.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plenary.registry.reference.ReferenceData;
import org.plenary.shared.Citations;

/**
 * An immutable, in-memory view of the registry's tables, answering as-of questions without a query.
 * It is rebuilt whenever the tables change (a dataset load, an admission) and swapped in whole, so
 * a reader never sees a half-updated registry.
 */
final class RegistrySnapshot {

	private static final Comparator<Fact> BY_START = Comparator.comparing(Fact::validFrom,
			Comparator.nullsFirst(Comparator.naturalOrder()));

	private final Map<String, State> states;
	private final Map<String, List<Fact>> facts;
	private final List<Participation> participations;

	RegistrySnapshot(List<State> states, List<ReferenceData.StateFact> facts, List<Participation> participations,
			Map<String, SourceLink> sources) {
		this.states = new LinkedHashMap<>();
		states.forEach(s -> this.states.put(s.code(), s));
		this.facts = new LinkedHashMap<>();
		for (ReferenceData.StateFact sf : facts) {
			this.facts.computeIfAbsent(sf.state(), k -> new ArrayList<>()).add(shown(sf.fact(), sources));
		}
		this.facts.values().forEach(list -> list.sort(BY_START));
		this.participations = participations.stream().map(p -> shown(p, sources)).toList();
	}

	/** The fact as a reader sees it: its sources as titles and citations, its note without authoring markers. */
	private static Fact shown(Fact f, Map<String, SourceLink> sources) {
		Citations cited = Citations.shipped();
		return new Fact(f.kind(), f.value(), f.validFrom(), f.validTo(), f.fromPrecision(), cited.describe(f.source()),
				links(f.source(), sources), f.verified(), Citations.readerNote(f.note(), f.verified()), f.origin(),
				cited.cite(f.source()));
	}

	private static Participation shown(Participation p, Map<String, SourceLink> sources) {
		Citations cited = Citations.shipped();
		return new Participation(p.state(), p.regime(), p.validFrom(), p.validTo(), p.fromPrecision(),
				cited.describe(p.source()), links(p.source(), sources), p.verified(),
				Citations.readerNote(p.note(), p.verified()), p.origin(), cited.cite(p.source()));
	}

	/** The days on which something about the state changes: every start and end of its facts and participations. */
	java.util.NavigableSet<LocalDate> changes(String code) {
		java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
		for (Fact f : facts(code)) {
			if (f.validFrom() != null) {
				days.add(f.validFrom());
			}
			if (f.validTo() != null) {
				days.add(f.validTo());
				days.add(f.validTo().plusDays(1));
			}
		}
		for (Participation p : participations(code)) {
			days.add(p.validFrom());
			if (p.validTo() != null) {
				days.add(p.validTo());
			}
		}
		return java.util.Collections.unmodifiableNavigableSet(days);
	}

	Optional<State> state(String code) {
		return Optional.ofNullable(states.get(code));
	}

	List<State> states() {
		return List.copyOf(states.values());
	}

	List<Fact> facts(String code) {
		return facts.getOrDefault(code, List.of());
	}

	List<Participation> participations(String code) {
		return participations.stream().filter(p -> p.state().equals(code)).toList();
	}

	Roster roster(String regime, LocalDate asOf) {
		return new Roster(asOf, participations.stream().filter(p -> p.regime().equals(regime) && p.holdsOn(asOf))
				.map(Participation::state).distinct().sorted().toList());
	}

	boolean participates(String code, String regime, LocalDate day) {
		return participations.stream().anyMatch(p -> p.state().equals(code) && p.regime().equals(regime) && p.holdsOn(day));
	}

	/** The facts in force on {@code day}, by kind; for a non-concurrent kind only the latest to start. */
	Map<FactKind, List<Fact>> inForce(String code, LocalDate day) {
		Map<FactKind, List<Fact>> result = new EnumMap<>(FactKind.class);
		for (Fact f : facts(code)) {
			if (f.holdsOn(day)) {
				List<Fact> list = result.computeIfAbsent(f.kind(), k -> new ArrayList<>());
				if (!f.kind().concurrent()) {
					list.clear();
				}
				list.add(f);
			}
		}
		return result;
	}

	NptStatus nptStatus(Map<FactKind, List<Fact>> inForce) {
		List<Fact> npt = inForce.getOrDefault(FactKind.NPT, List.of());
		return npt.isEmpty() ? NptStatus.NON_PARTY : NptStatus.valueOf(npt.get(npt.size() - 1).value());
	}

	MapStatus mapStatus(String code, LocalDate day, Map<FactKind, List<Fact>> inForce) {
		if (participates(code, "NSG", day)) {
			return MapStatus.PARTICIPATING_GOVERNMENT;
		}
		if (inForce.containsKey(FactKind.NSG_APPLICATION)) {
			return MapStatus.APPLICANT;
		}
		if (inForce.getOrDefault(FactKind.NSG_GUIDELINES_ADHERENCE, List.of()).stream()
				.anyMatch(f -> f.value().equals("UNILATERAL"))) {
			return MapStatus.OBSERVER_LINKED;
		}
		return nptStatus(inForce).isParty() ? MapStatus.NPT_PARTY : MapStatus.NON_NPT;
	}

	private static List<SourceLink> links(String source, Map<String, SourceLink> sources) {
		return Citations.shipped().keysIn(source).stream().map(sources::get).filter(java.util.Objects::nonNull).toList();
	}
}
