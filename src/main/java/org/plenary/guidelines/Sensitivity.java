package org.plenary.guidelines;

/** Why a Trigger List entry is sensitive: it belongs to enrichment, reprocessing or heavy water production. */
public enum Sensitivity {
	ENRICHMENT, REPROCESSING, HEAVY_WATER_PRODUCTION;

	/** Enrichment and reprocessing: the items the 2011 ENR criteria govern. */
	public boolean isEnr() {
		return this == ENRICHMENT || this == REPROCESSING;
	}
}
