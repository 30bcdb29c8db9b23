package org.plenary.licensing;

import java.util.List;

import org.plenary.registry.NptStatus;

/**
 * What the rules need to know of a recipient state on the transfer's date, taken from the registry.
 *
 * @param findings unresolved IAEA Board non-compliance findings in force, as "date (source)"
 * @param sanctions UN Security Council sanctions in force, e.g. "UNSCR 1718"
 */
record Recipient(String code, String name, NptStatus npt, String safeguards, String additionalProtocol,
		boolean regionalArrangement, List<String> findings, List<String> sanctions, boolean participant,
		boolean adheresToGuidelines) {

	boolean isNuclearWeaponState() {
		return npt == NptStatus.NWS;
	}

	boolean hasComprehensiveSafeguards() {
		return "CSA".equals(safeguards);
	}

	boolean hasAdditionalProtocolInForce() {
		return "IN_FORCE".equals(additionalProtocol);
	}
}
