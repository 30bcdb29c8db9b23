package org.plenary.registry;

/** A state's relation to the NPT on a given day. */
public enum NptStatus {

	/** One of the five nuclear-weapon states under the NPT. */
	NWS,
	/** A non-nuclear-weapon state party. */
	NNWS_PARTY,
	/** Never a party, or not yet one on that day. */
	NON_PARTY,
	/** The DPRK: announced withdrawal on 10 January 2003, legality disputed. */
	WITHDRAWN_CONTESTED;

	public boolean isParty() {
		return this == NWS || this == NNWS_PARTY;
	}
}
