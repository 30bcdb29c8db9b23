package org.plenary.licensing;

/** A condition the Guidelines attach to an approved transfer. */
public enum Condition {
	/** Part 1 para 2: formal governmental assurances excluding any nuclear explosive use. */
	NO_EXPLOSIVE_USE_ASSURANCE,
	/** Part 1 para 3: effective physical protection at agreed levels. */
	PHYSICAL_PROTECTION,
	/** Part 1 para 9 / Part 2 para 7: the supplier's consent before any retransfer. */
	RETRANSFER_CONSENT,
	/** Part 1 para 4: the transferred items under IAEA safeguards. */
	IAEA_SAFEGUARDS,
	/** Part 2 para 6(a): a statement of the end use and end-use location. */
	END_USE_STATEMENT,
	/** Part 2 para 6(b): assurance of no use in a nuclear explosive or unsafeguarded fuel-cycle activity. */
	NO_NUCLEAR_EXPLOSIVE_OR_UNSAFEGUARDED_USE_ASSURANCE,
	/** Part 1 para 7: enrichment transfers that do not permit replication. */
	ENRICHMENT_NON_REPLICATION
}
