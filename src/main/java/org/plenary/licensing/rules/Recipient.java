package org.plenary.licensing.rules;

import java.util.ArrayList;
import java.util.List;

import org.plenary.registry.Fact;
import org.plenary.registry.FactKind;
import org.plenary.registry.NptStatus;
import org.plenary.registry.SecurityCouncilMeasure;
import org.plenary.registry.StateProfile;

/**
 * What the rules need to know of a recipient state on the transfer's date, taken from the registry.
 *
 * @param findings unresolved IAEA Board non-compliance findings in force, as "date (document)"
 * @param measures the UN Security Council measures binding on suppliers in force
 * @param weaponState a nuclear-weapon State as NPT Art. IX(3) defines it, party to the NPT or not
 */
public record Recipient(String code, String name, NptStatus npt, String safeguards, String additionalProtocol,
		boolean regionalArrangement, List<String> findings, List<SecurityCouncilMeasure> measures, boolean participant,
		boolean adheresToGuidelines, boolean weaponState) {

	/** The recipient as the registry's profile of a day describes it. */
	public static Recipient of(StateProfile p) {
		List<String> findings = new ArrayList<>();
		for (Fact f : p.inForce().getOrDefault(FactKind.NON_COMPLIANCE, List.of())) {
			findings.add(f.since() + " (" + f.value() + ")");
		}
		List<SecurityCouncilMeasure> measures = p.inForce().getOrDefault(FactKind.UNSC_SANCTIONS, List.of()).stream()
			.map(SecurityCouncilMeasure::of).toList();
		boolean weaponState = p.current(FactKind.NUCLEAR_WEAPON_STATE).isPresent();
		boolean adheres = p.nsgParticipant() || p.current(FactKind.NSG_GUIDELINES_ADHERENCE).isPresent();
		return new Recipient(p.code(), p.name(), p.nptStatus(), p.current(FactKind.SAFEGUARDS).map(Fact::value).orElse(null),
				p.current(FactKind.ADDITIONAL_PROTOCOL).map(Fact::value).orElse(null),
				p.current(FactKind.REGIONAL_ARRANGEMENT).isPresent(), List.copyOf(findings), measures, p.nsgParticipant(), adheres,
				weaponState);
	}

	/** The resolutions of the measures in force, e.g. "UNSCR 1718 (2006)". */
	public List<String> sanctions() {
		return measures.stream().map(SecurityCouncilMeasure::resolution).distinct().toList();
	}

	/**
	 * A nuclear-weapon State by the NPT's own definition (Art. IX(3)): one that manufactured and exploded
	 * a nuclear explosive device before 1 January 1967, whether or not it was yet a party.
	 */
	boolean isNuclearWeaponState() {
		return weaponState;
	}

	boolean isNptParty() {
		return npt == NptStatus.NWS || npt == NptStatus.NNWS_PARTY;
	}

	boolean hasComprehensiveSafeguards() {
		return "CSA".equals(safeguards);
	}

	boolean hasAdditionalProtocolInForce() {
		return "IN_FORCE".equals(additionalProtocol);
	}

	/** Its NPT standing in words, as the reasons quote it: "is " + this. */
	String nptStanding() {
		if (weaponState && npt != NptStatus.NWS) {
			return "a nuclear-weapon State as the NPT defines it (Art. IX(3)), not yet a party to the NPT";
		}
		return switch (npt) {
			case NWS -> "a nuclear-weapon State under the NPT";
			case NNWS_PARTY -> "a non-nuclear-weapon State party to the NPT";
			case NON_PARTY -> "not a party to the NPT";
			case WITHDRAWN_CONTESTED -> "a state that announced its withdrawal from the NPT (contested)";
		};
	}
}
